namespace SaaS.Merchants.Applications;

public sealed record ApplicationSummary(
    Guid Id, string Status, string LegalName, string CreditCode, string ContactName, string Email, string Mobile,
    string Address, IReadOnlyList<string> Categories, DateTimeOffset SubmittedUtc, string? RejectionReason, Guid? MerchantId)
{
    public static ApplicationSummary From(MerchantApplication a) => new(
        a.Id, a.Status.ToString(), a.LegalName, a.CreditCode, a.ContactName, a.Email, a.Mobile, a.Address,
        a.Categories.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), a.SubmittedUtc, a.RejectionReason, a.MerchantId);
}
