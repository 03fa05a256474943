namespace SaaS.Catalog.Imports;

/// <summary>
/// One upload of a product sheet by a merchant's staff: where it stands, how far it got, what it saved. Its
/// problems are <see cref="ProductImportError"/> rows, so a 100,000-row file with many bad rows stays cheap to poll.
/// </summary>
public sealed class ProductImport
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MerchantId { get; init; }

    /// <summary>Who uploaded it.</summary>
    public required string UserId { get; init; }

    /// <summary>The file's name as uploaded, shown back to the merchant.</summary>
    public required string FileName { get; init; }

    public SheetFormat Format { get; init; }

    /// <summary>Publish the products (or send them to review) instead of saving drafts.</summary>
    public bool Publish { get; init; }

    public ImportStatus Status { get; set; }

    /// <summary>Data rows in the file (the header not counted); 0 until the file has been read.</summary>
    public int Total { get; set; }

    /// <summary>Data rows looked at so far, saved or refused.</summary>
    public int Processed { get; set; }

    /// <summary>Rows saved as SKUs of new products.</summary>
    public int Imported { get; set; }

    public int ErrorCount { get; set; }

    /// <summary>Why the whole import stopped, when it did.</summary>
    public string? Failure { get; set; }

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset? FinishedUtc { get; set; }

    /// <summary>When the running import last reported progress: one silent for long died with its process.</summary>
    public DateTimeOffset? HeartbeatUtc { get; set; }
}
