namespace SaaS.Payments.Settlement;

/// <summary>
/// One settlement of every merchant up to a cut-off. Its period key is unique, so two nodes (or a retry after a
/// crash) cannot run the same period twice; a run left Running is resumed, skipping merchants already settled.
/// </summary>
public sealed class SettlementRun
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The cycle day (<c>2026-11-30</c>) or, for a run the operator starts, <c>manual-{time}</c>.</summary>
    public required string PeriodKey { get; init; }

    /// <summary>Orders completed at or before this moment are due.</summary>
    public DateTimeOffset CutoffUtc { get; init; }

    public DateTimeOffset StartedUtc { get; init; }

    public DateTimeOffset? FinishedUtc { get; set; }

    public required string StartedBy { get; init; }

    public int Statements { get; set; }
}
