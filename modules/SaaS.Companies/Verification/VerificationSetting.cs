namespace SaaS.Companies.Verification;

/// <summary>The marketplace's company verification setting, as the operator API reads and writes it.</summary>
public sealed record VerificationSetting(bool RequireVerification);
