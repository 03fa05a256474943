namespace SaaS.Merchants.Terms;

/// <summary>What this marketplace asks of every merchant: industry licences and the security deposit.</summary>
public sealed record MerchantRequirements(IReadOnlyList<LicenceRequirementView> Licences, decimal DefaultDeposit, IReadOnlyDictionary<string, decimal> CategoryDeposits);
