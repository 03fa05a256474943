using SaaS.Features;
using SaaS.Modules;

namespace SaaS.Orders;

public sealed class Manifest : IModuleManifest
{
    public const string OrdersFeature = "Orders";

    public string Name => "Orders";

    public IReadOnlyList<FeatureDescriptor> Features { get; } =
    [
        new(OrdersFeature, "Orders", "Buyer companies' carts, checkout split per merchant, approvals, the order lifecycle with shipments, and stock reservations.", "Commerce", "Catalog", "Companies"),
    ];
}
