namespace SaaS.Catalog.Imports;

/// <summary>A data row: its number as a spreadsheet shows it (the header is row 1) and its cells, one per header column.</summary>
public sealed record SheetRow(int Number, string?[] Cells);
