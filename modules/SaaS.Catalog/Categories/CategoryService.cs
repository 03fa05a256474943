using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Catalog.Data;
using SaaS.Catalog.Events;
using SaaS.Data;
using SaaS.Events;
using SaaS.Problems;

namespace SaaS.Catalog.Categories;

/// <summary>
/// The marketplace's category tree and the attributes each category defines. A category's products describe
/// the attributes of the category and of every ancestor, so a code is defined once along any path.
/// </summary>
public sealed partial class CategoryService(CatalogDbContext db, ITenantDatabase database, IAuditLog audit, IEventPublisher events)
{
    public async Task<IReadOnlyList<CategoryNode>> TreeAsync(CancellationToken cancellationToken)
    {
        var all = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        IReadOnlyList<CategoryNode> Children(Guid? parent) =>
            all.Where(c => c.ParentId == parent).Select(c => new CategoryNode(c.Id, c.Slug, c.Name, c.ParentId, Children(c.Id), c.VerifiedBuyersOnly)).ToList();
        return Children(null);
    }

    public async Task<Category> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Categories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("categoryId", "There is no such category.");

    public async Task<CategorySnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        new(await db.Categories.AsNoTracking().ToListAsync(cancellationToken), await db.Attributes.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>The category and its ancestors, root first: what breadcrumbs show.</summary>
    public async Task<IReadOnlyList<Category>> PathAsync(Guid id, CancellationToken cancellationToken) => (await SnapshotAsync(cancellationToken)).Path(id);

    /// <summary>The category and everything below it, for listing a branch.</summary>
    public async Task<IReadOnlyList<Guid>> BranchAsync(Guid id, CancellationToken cancellationToken)
    {
        var all = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId }).ToListAsync(cancellationToken);
        var branch = new List<Guid> { id };
        for (var i = 0; i < branch.Count; i++) branch.AddRange(all.Where(c => c.ParentId == branch[i]).Select(c => c.Id));
        return branch;
    }

    /// <summary>
    /// The categories whose products only verified buyer companies see: those flagged and everything below them.
    /// Reads ids and flags only, for listings that filter in the database.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> VerifiedBuyersOnlyAsync(CancellationToken cancellationToken)
    {
        var all = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.VerifiedBuyersOnly }).ToListAsync(cancellationToken);
        var hidden = all.Where(c => c.VerifiedBuyersOnly).Select(c => c.Id).ToHashSet();
        for (var added = hidden.Count > 0; added;)
        {
            var below = all.Where(c => c.ParentId is { } parent && hidden.Contains(parent) && !hidden.Contains(c.Id)).Select(c => c.Id).ToList();
            hidden.UnionWith(below);
            added = below.Count > 0;
        }
        return hidden;
    }

    public async Task<IReadOnlyList<AttributeDefinition>> EffectiveAttributesAsync(Guid categoryId, CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).AttributesFor(categoryId);

    public async Task<Category> CreateAsync(CategoryRequest request, CancellationToken cancellationToken)
    {
        var (slug, name) = Validate(request);
        if (request.ParentId is { } parent) await FindAsync(parent, cancellationToken);
        if (await db.Categories.AnyAsync(c => c.Slug == slug, cancellationToken)) throw new ConflictException("slug", $"A category is already at /c/{slug}.");
        var category = new Category { Slug = slug, Name = name, ParentId = request.ParentId, SortOrder = request.SortOrder ?? 0, VerifiedBuyersOnly = request.VerifiedBuyersOnly ?? false };
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("category.created", $"{name} ({slug})", null, Describe(category), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return category;
    }

    public async Task<Category> UpdateAsync(Guid id, CategoryRequest request, CancellationToken cancellationToken)
    {
        var category = await FindAsync(id, cancellationToken);
        var (slug, name) = Validate(request);
        if (request.ParentId is { } parent)
        {
            await FindAsync(parent, cancellationToken);
            if ((await BranchAsync(id, cancellationToken)).Contains(parent)) throw new ConflictException("parentId", "A category cannot move under itself or one of its subcategories.");
        }
        if (await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != id, cancellationToken)) throw new ConflictException("slug", $"A category is already at /c/{slug}.");
        var before = Describe(category);
        var verifiedBuyersOnly = request.VerifiedBuyersOnly ?? category.VerifiedBuyersOnly;
        var moved = category.Slug != slug || category.Name != name || category.ParentId != request.ParentId;
        var visibilityChanged = category.VerifiedBuyersOnly != verifiedBuyersOnly;
        (category.Slug, category.Name, category.ParentId, category.SortOrder) = (slug, name, request.ParentId, request.SortOrder ?? category.SortOrder);
        category.VerifiedBuyersOnly = verifiedBuyersOnly;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (moved) await events.PublishAsync(new CatalogStructureChanged($"category {slug}"), cancellationToken);
        if (visibilityChanged) await events.PublishAsync(new CategoryVisibilityChanged(category.Id, verifiedBuyersOnly), cancellationToken);
        await audit.RecordAsync("category.changed", name, before, Describe(category), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return category;
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var category = await FindAsync(id, cancellationToken);
        if (await db.Categories.AnyAsync(c => c.ParentId == id, cancellationToken)) throw new ConflictException("id", $"{category.Name} has subcategories; move or delete them first.");
        var products = await db.Products.CountAsync(p => p.CategoryId == id, cancellationToken);
        if (products > 0) throw new ConflictException("id", $"{products} product(s) are in {category.Name}; move them first.");
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.Categories.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("category.deleted", $"{category.Name} ({category.Slug})", category.Name, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<AttributeDefinition> AddAttributeAsync(Guid categoryId, AttributeRequest request, CancellationToken cancellationToken)
    {
        await FindAsync(categoryId, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var code = request.Code?.Trim() ?? "";
        if (!AttributeCode().IsMatch(code)) errors["code"] = ["An attribute code is 1 to 50 lowercase letters, digits or dashes, starting with a letter."];
        var definition = ValidAttribute(new AttributeDefinition { CategoryId = categoryId, Code = code, Name = "" }, request, errors);
        var path = (await PathAsync(categoryId, cancellationToken)).Select(c => c.Id).ToList();
        var branch = await BranchAsync(categoryId, cancellationToken);
        if (await db.Attributes.AnyAsync(a => a.Code == code && (path.Contains(a.CategoryId) || branch.Contains(a.CategoryId)), cancellationToken))
        {
            throw new ConflictException("code", $"'{code}' is already an attribute of this category, one above it or one below it.");
        }
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.Attributes.Add(definition);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("category.attribute-added", $"{code} ({categoryId})", null, Describe(definition), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return definition;
    }

    public async Task<AttributeDefinition> UpdateAttributeAsync(Guid categoryId, string code, AttributeRequest request, CancellationToken cancellationToken)
    {
        var definition = await db.Attributes.SingleOrDefaultAsync(a => a.CategoryId == categoryId && a.Code == code, cancellationToken)
            ?? throw new NotFoundException("code", $"The category has no attribute '{code}'.");
        var before = Describe(definition);
        ValidAttribute(definition, request, new Dictionary<string, string[]>());
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (before != Describe(definition)) await events.PublishAsync(new CatalogStructureChanged($"attribute {code}"), cancellationToken);
        await audit.RecordAsync("category.attribute-changed", $"{code} ({categoryId})", before, Describe(definition), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return definition;
    }

    private static AttributeDefinition ValidAttribute(AttributeDefinition definition, AttributeRequest request, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100) errors["name"] = ["An attribute needs a name of 1 to 100 characters."];
        if (!Enum.TryParse<AttributeKind>(request.Kind, ignoreCase: true, out var kind) || int.TryParse(request.Kind, out _))
        {
            errors["kind"] = [$"'{request.Kind}' is not a kind; use {string.Join(", ", Enum.GetNames<AttributeKind>())}."];
        }
        var options = (request.Options ?? []).Select(o => o.Trim()).Where(o => o.Length > 0).Distinct().ToList();
        if (kind is AttributeKind.SingleChoice or AttributeKind.MultiChoice && options.Count == 0) errors["options"] = ["A choice needs its options."];
        if (options.Any(o => o.Contains('|'))) errors["options"] = ["Options may not contain '|'."];
        if (request.Variant && kind is not (AttributeKind.SingleChoice or AttributeKind.Text)) errors["variant"] = ["Variants are text or single choice (size, colour, material)."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        definition.Name = request.Name!.Trim();
        definition.Kind = kind;
        definition.Unit = string.IsNullOrWhiteSpace(request.Unit) ? null : request.Unit.Trim();
        definition.Options = string.Join("|", options);
        (definition.Required, definition.Filterable, definition.Searchable, definition.Variant) = (request.Required, request.Filterable, request.Searchable, request.Variant);
        return definition;
    }

    private static string Describe(Category c) =>
        $"{c.Name} ({c.Slug}) under {c.ParentId?.ToString() ?? "root"}{(c.VerifiedBuyersOnly ? ", verified buyers only" : "")}";

    private static string Describe(AttributeDefinition a) =>
        $"{a.Name} {a.Kind}{(a.Unit is null ? "" : $" {a.Unit}")}{(a.Options.Length > 0 ? $" [{a.Options}]" : "")}"
        + $"{(a.Required ? " required" : "")}{(a.Filterable ? " filterable" : "")}{(a.Searchable ? " searchable" : "")}{(a.Variant ? " variant" : "")}";

    private static (string Slug, string Name) Validate(CategoryRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var slug = request.Slug?.Trim().ToLowerInvariant() ?? "";
        if (!Slug().IsMatch(slug)) errors["slug"] = ["A category's URL name is 1 to 100 lowercase letters, digits or dashes."];
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100) errors["name"] = ["A category needs a name of 1 to 100 characters."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return (slug, request.Name!.Trim());
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[a-z][a-z0-9-]{0,49}$")]
    private static partial Regex AttributeCode();
}
