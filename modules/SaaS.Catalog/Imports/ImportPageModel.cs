using SaaS.Catalog.Categories;

namespace SaaS.Catalog.Imports;

/// <summary>The import page: <see cref="Page"/> is <c>upload</c>, <c>status</c> or <c>denied</c>.</summary>
public sealed record ImportPageModel(string Page)
{
    public string? AntiforgeryField { get; init; }

    public string? AntiforgeryToken { get; init; }

    public string? Error { get; init; }

    public IReadOnlyList<Category> Categories { get; init; } = [];

    public IReadOnlyList<ProductImportView> Recent { get; init; } = [];

    public ProductImportView? Import { get; init; }
}
