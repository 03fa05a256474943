namespace SaaS.Merchants.Applications;

/// <param name="ResumeToken">Set when a new draft was saved: the secret its resume link carries (only its hash is kept).</param>
public sealed record SavedApplication(MerchantApplication Application, string? ResumeToken);
