using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Problems;
using SaaS.Search.Data;
using SaaS.Search.Index;
using SaaS.Tenants;

namespace SaaS.Search.Synonyms;

/// <summary>
/// The marketplace's synonym groups. They are applied when a query is built, never to the index, so a change takes
/// effect without reindexing: at once on this node, within <see cref="SearchOptions.LookupsLifetime"/> on the others.
/// </summary>
public sealed class SynonymService(SearchDbContext db, ITenantDatabase database, IAuditLog audit, ITenant tenant, TenantIndexes indexes)
{
    public const int MaxGroups = 1000;

    public async Task<IReadOnlyList<IReadOnlyList<string>>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Synonyms.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken)).Select(s => s.TermList).ToList();

    /// <summary>Replaces every group.</summary>
    public async Task ReplaceAsync(IReadOnlyList<IReadOnlyList<string>>? groups, CancellationToken cancellationToken)
    {
        var valid = Validate(groups);
        var before = string.Join("; ", (await ListAsync(cancellationToken)).Select(g => string.Join(",", g)));
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.Synonyms.ExecuteDeleteAsync(cancellationToken);
        db.Synonyms.AddRange(valid.Select(g => new SynonymGroup { Terms = string.Join("|", g) }));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("search.synonyms-changed", $"{valid.Count} synonym groups", before, string.Join("; ", valid.Select(g => string.Join(",", g))), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Forget();
    }

    /// <summary>Adds the groups not already present (a recipe's vertical list on top of what the operator made).</summary>
    public async Task AddAsync(IReadOnlyList<IReadOnlyList<string>> groups, CancellationToken cancellationToken)
    {
        var valid = Validate(groups);
        var known = (await db.Synonyms.AsNoTracking().Select(s => s.Terms).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.Synonyms.AddRange(valid.Select(g => string.Join("|", g)).Where(known.Add).Select(t => new SynonymGroup { Terms = t }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Forget();
    }

    public static IReadOnlyList<IReadOnlyList<string>> Validate(IReadOnlyList<IReadOnlyList<string>>? groups)
    {
        var errors = new Dictionary<string, string[]>();
        if (groups is null || groups.Count > MaxGroups) errors["synonyms"] = [$"Give up to {MaxGroups} groups of words."];
        var valid = new List<IReadOnlyList<string>>();
        for (var i = 0; i < Math.Min(groups?.Count ?? 0, MaxGroups); i++)
        {
            var terms = (groups![i] ?? []).Select(t => t?.Trim() ?? "").Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (terms.Count < 2) errors[$"synonyms[{i}]"] = ["A group needs at least two different words."];
            else if (terms.Any(t => t.Contains('|') || t.Length > 50)) errors[$"synonyms[{i}]"] = ["Words are up to 50 characters, without '|'."];
            else if (string.Join("|", terms).Length > 1000) errors[$"synonyms[{i}]"] = ["A group is up to 1000 characters."];
            else valid.Add(terms);
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return valid;
    }

    private void Forget()
    {
        if (indexes.Find(tenant.Name) is { } index) index.Lookups = null;
    }
}
