namespace SaaS.Merchants.Applications;

public sealed record ReviewModel(ApplicationSummary Application, IReadOnlyList<Terms.MerchantLicence> Licences, string? Error)
{
    public bool Pending => Application.Status == nameof(ApplicationStatus.Submitted);
}
