using System.Globalization;
using SaaS.Payments.Commissions;

namespace SaaS.Payments.Admin;

/// <summary>A commission rule as the list shows it, with the "end" form of a rule still open (its typed date and refusal).</summary>
public sealed record CommissionRuleRow(CommissionRule Rule, string MerchantName, string CategoryName, string StateLabel, bool CanEnd, string EndValue, string? EndError)
{
    public string Rate => Rule.RatePercent.ToString("0.##", CultureInfo.InvariantCulture);

    public string From => Rule.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string? Until => Rule.EffectiveTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
