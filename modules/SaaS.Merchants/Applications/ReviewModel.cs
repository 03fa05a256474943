namespace SaaS.Merchants.Applications;

public sealed record ReviewModel(ApplicationSummary Application, string? Error)
{
    public bool Pending => Application.Status == nameof(ApplicationStatus.Submitted);
}
