namespace SaaS.Catalog.Imports;

/// <summary>A refused row of an import: the spreadsheet row (the header is row 1), the column as headed in the file, why.</summary>
public sealed class ProductImportError
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ImportId { get; init; }

    public int Row { get; init; }

    public required string Column { get; init; }

    public required string Message { get; init; }
}
