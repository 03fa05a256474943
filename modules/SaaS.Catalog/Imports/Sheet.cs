namespace SaaS.Catalog.Imports;

/// <summary>A spreadsheet as text: the header row (row 1) and the data rows after it, empty rows left out.</summary>
public sealed record Sheet(IReadOnlyList<string> Header, IReadOnlyList<SheetRow> Rows);
