using SaaS.Features;
using SaaS.Modules;

namespace SaaS.Payments;

public sealed class Manifest : IModuleManifest
{
    public const string PaymentsFeature = "Payments";

    public string Name => "Payments";

    public IReadOnlyList<FeatureDescriptor> Features { get; } =
    [
        new(PaymentsFeature, "Payments", "Card payments through Stripe Connect, bank transfers and credit terms; commissions, a double-entry ledger, settlements and payouts to merchants.", "Commerce", "Orders"),
    ];
}
