namespace SaaS.Merchants.Events;

/// <summary>The operator rejected an application with a reason the applicant reads.</summary>
public sealed record MerchantRejected(Guid ApplicationId, string LegalName, string Email, string Reason);
