namespace SaaS.Catalog.Categories;

/// <summary>
/// A property products of a category (and of every category below it) describe: thread size, material, an
/// approval number. Variant attributes tell the SKUs of one product apart.
/// </summary>
public sealed class AttributeDefinition
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CategoryId { get; init; }

    /// <summary>Stable key in product data, imports and filters, e.g. <c>thread</c>.</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }

    public AttributeKind Kind { get; set; }

    /// <summary>For numbers: mm, kg, N·m.</summary>
    public string? Unit { get; set; }

    /// <summary>For choices: the allowed values, separated by <c>|</c>.</summary>
    public string Options { get; set; } = "";

    public bool Required { get; set; }

    public bool Filterable { get; set; }

    public bool Searchable { get; set; }

    public bool Variant { get; set; }

    public IReadOnlyList<string> OptionList => Options.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
