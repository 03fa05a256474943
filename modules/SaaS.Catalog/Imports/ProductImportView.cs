namespace SaaS.Catalog.Imports;

/// <summary>An import as the API and the import page show it; <see cref="Errors"/> holds the first problems, the report all of them.</summary>
public sealed record ProductImportView(
    Guid Id, string Status, string FileName, bool Publish, int Processed, int Total, int Imported, int ErrorCount, string? Failure,
    DateTimeOffset CreatedUtc, DateTimeOffset? FinishedUtc, IReadOnlyList<SheetError> Errors)
{
    public bool Finished => Status is nameof(ImportStatus.Completed) or nameof(ImportStatus.Failed);

    public int Percent => Total == 0 ? (Finished ? 100 : 0) : (int)(100L * Processed / Total);

    public static ProductImportView From(ProductImport i, IReadOnlyList<SheetError> errors) => new(
        i.Id, i.Status.ToString(), i.FileName, i.Publish, i.Processed, i.Total, i.Imported, i.ErrorCount, i.Failure, i.CreatedUtc, i.FinishedUtc, errors);
}
