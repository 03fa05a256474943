using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Merchants.Data;
using SaaS.Problems;

namespace SaaS.Merchants.Terms;

/// <summary>
/// The marketplace's terms for merchants: required licences, deposit amounts, and the versioned agreement.
/// An agreement is never rewritten: an edit publishes the next version, which every merchant must accept again.
/// </summary>
public sealed class MerchantTerms(MerchantsDbContext db, ITenantDatabase database, IAuditLog audit, TimeProvider clock)
{
    public async Task<MerchantRequirements> RequirementsAsync(CancellationToken cancellationToken)
    {
        var licences = await db.LicenceRequirements.AsNoTracking().OrderBy(l => l.Code).Select(l => new LicenceRequirementView(l.Code, l.Name)).ToListAsync(cancellationToken);
        var deposits = await db.DepositRules.AsNoTracking().ToListAsync(cancellationToken);
        return new MerchantRequirements(licences,
            deposits.FirstOrDefault(d => d.Category == "")?.Amount ?? 0,
            deposits.Where(d => d.Category != "").OrderBy(d => d.Category).ToDictionary(d => d.Category, d => d.Amount));
    }

    /// <summary>Replaces the requirements as a whole (the operator's form and recipes both send all of them).</summary>
    public async Task SetRequirementsAsync(MerchantRequirements requirements, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < requirements.Licences.Count; i++)
        {
            var licence = requirements.Licences[i];
            if (string.IsNullOrWhiteSpace(licence.Code) || licence.Code.Length > 50) errors[$"licences[{i}].code"] = ["A licence needs a code of 1 to 50 characters."];
            if (string.IsNullOrWhiteSpace(licence.Name) || licence.Name.Length > 200) errors[$"licences[{i}].name"] = ["A licence needs a name of 1 to 200 characters."];
        }
        if (requirements.Licences.GroupBy(l => l.Code).FirstOrDefault(g => g.Count() > 1) is { } twice) errors["licences"] = [$"Licence code '{twice.Key}' appears twice."];
        if (requirements.DefaultDeposit < 0) errors["defaultDeposit"] = ["The deposit cannot be negative."];
        foreach (var (category, amount) in requirements.CategoryDeposits.Where(d => d.Value < 0 || string.IsNullOrWhiteSpace(d.Key)))
        {
            errors[$"categoryDeposits.{category}"] = ["Each category deposit needs a category and an amount of zero or more."];
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var before = Describe(await RequirementsAsync(cancellationToken));
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var existing = await db.LicenceRequirements.ToListAsync(cancellationToken);
        db.LicenceRequirements.RemoveRange(existing.Where(e => requirements.Licences.All(l => l.Code != e.Code)));
        foreach (var licence in requirements.Licences)
        {
            if (existing.FirstOrDefault(e => e.Code == licence.Code) is { } kept) kept.Name = licence.Name.Trim();
            else db.LicenceRequirements.Add(new LicenceRequirement { Code = licence.Code.Trim(), Name = licence.Name.Trim() });
        }
        db.DepositRules.RemoveRange(await db.DepositRules.ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        db.DepositRules.Add(new DepositRule { Category = "", Amount = requirements.DefaultDeposit });
        foreach (var (category, amount) in requirements.CategoryDeposits) db.DepositRules.Add(new DepositRule { Category = category.Trim(), Amount = amount });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("merchant-requirements.changed", "Merchant requirements", before, Describe(requirements), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The current agreement, with what <paramref name="merchantId"/> last accepted; null when there is none.</summary>
    public async Task<AgreementView?> AgreementAsync(Guid? merchantId, CancellationToken cancellationToken)
    {
        var current = await db.AgreementVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        if (current is null) return null;
        var accepted = merchantId is null ? null : await db.AgreementAcceptances.AsNoTracking()
            .Where(a => a.MerchantId == merchantId).OrderByDescending(a => a.Version).ThenByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        return new AgreementView(current.Version, current.Title, current.Body, current.PublishedUtc, accepted?.Version, accepted?.AcceptedUtc, accepted?.UserEmail);
    }

    public async Task<int> PublishAgreementAsync(AgreementRequest request, string publishedBy, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200) errors["title"] = ["The agreement needs a title of 1 to 200 characters."];
        if (string.IsNullOrWhiteSpace(request.Body)) errors["body"] = ["The agreement needs its text."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var latest = await db.AgreementVersions.OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        if (latest is not null && latest.Title == request.Title!.Trim() && latest.Body == request.Body!.Trim()) return latest.Version;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var version = new AgreementVersion
        {
            Version = (latest?.Version ?? 0) + 1, Title = request.Title!.Trim(), Body = request.Body!.Trim(),
            PublishedUtc = clock.GetUtcNow(), PublishedBy = publishedBy,
        };
        db.AgreementVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("merchant-agreement.published", version.Title, latest is null ? null : $"version {latest.Version}", $"version {version.Version}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return version.Version;
    }

    /// <summary>Records who accepted which version, when and from where. Only the current version can be accepted.</summary>
    public async Task AcceptAsync(MerchantActor actor, int? version, string userEmail, string ipAddress, CancellationToken cancellationToken)
    {
        var current = await AgreementAsync(actor.MerchantId, cancellationToken) ?? throw new NotFoundException("agreement", "This marketplace has no merchant agreement to accept.");
        if (version is null) throw new ValidationFailedException("version", "Say which version you accept.");
        if (version != current.Version)
        {
            throw new ConflictException("version", $"Version {current.Version} is the current agreement; read it and accept that version.");
        }
        if (current.AcceptedVersion == current.Version) return;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.AgreementAcceptances.Add(new AgreementAcceptance
        {
            MerchantId = actor.MerchantId, Version = current.Version, UserId = actor.UserId, UserEmail = userEmail,
            AcceptedUtc = clock.GetUtcNow(), IpAddress = ipAddress,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("merchant-agreement.accepted", $"{userEmail} ({actor.MerchantId})",
            current.AcceptedVersion is { } previous ? $"version {previous}" : null, $"version {current.Version} from {ipAddress}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The deposit a merchant selling in <paramref name="categories"/> owes: the highest rule that applies.</summary>
    public async Task<decimal> RequiredDepositAsync(IEnumerable<string> categories, CancellationToken cancellationToken)
    {
        var requirements = await RequirementsAsync(cancellationToken);
        return categories.Select(c => requirements.CategoryDeposits.GetValueOrDefault(c)).Append(requirements.DefaultDeposit).Max();
    }

    private static string Describe(MerchantRequirements requirements) =>
        $"licences: {string.Join(", ", requirements.Licences.Select(l => l.Code))}; deposit: {requirements.DefaultDeposit}"
        + string.Concat(requirements.CategoryDeposits.Select(d => $"; {d.Key}: {d.Value}"));
}
