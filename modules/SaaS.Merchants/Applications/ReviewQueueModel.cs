namespace SaaS.Merchants.Applications;

public sealed record ReviewQueueModel(IReadOnlyList<ApplicationSummary> Applications, string? Status, string? Message);
