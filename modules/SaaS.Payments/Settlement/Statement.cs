namespace SaaS.Payments.Settlement;

/// <summary>What one merchant is paid in one run: its due orders with their commission and refunds, later refunds as adjustments, and the net.</summary>
public sealed class Statement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RunId { get; init; }

    public Guid MerchantId { get; init; }

    public required string Number { get; init; }

    public DateTimeOffset CutoffUtc { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    public decimal Sales { get; init; }

    public decimal Commission { get; init; }

    public decimal Refunds { get; init; }

    /// <summary>Refunds of orders paid out by earlier statements (negative), taken from this one.</summary>
    public decimal Adjustments { get; init; }

    public decimal Net { get; init; }

    public List<StatementLine> Lines { get; init; } = [];
}
