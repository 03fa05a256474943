namespace SaaS.Payments.Commissions;

public sealed record CommissionRuleRequest(Guid? MerchantId, Guid? CategoryId, decimal? RatePercent, decimal? MinimumPerLine, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, string? Note);
