namespace SaaS.Catalog.Categories;

public sealed record AttributeRequest(string? Code, string? Name, string? Kind, string? Unit, IReadOnlyList<string>? Options,
    bool Required, bool Filterable, bool Searchable, bool Variant);
