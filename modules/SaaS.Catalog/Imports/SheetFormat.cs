namespace SaaS.Catalog.Imports;

/// <summary>The spreadsheet formats products travel in.</summary>
public enum SheetFormat
{
    Csv,
    Xlsx,
}
