namespace SaaS.Catalog.Imports;

/// <summary>A problem found in a sheet: spreadsheet row (header = 1), the column as headed in the file, the message.</summary>
public sealed record SheetError(int Row, string Column, string Message);
