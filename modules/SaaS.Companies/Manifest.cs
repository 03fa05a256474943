using SaaS.Features;
using SaaS.Modules;

namespace SaaS.Companies;

public sealed class Manifest : IModuleManifest
{
    public const string CompaniesFeature = "Companies";

    public string Name => "Companies";

    public IReadOnlyList<FeatureDescriptor> Features { get; } =
    [
        new(CompaniesFeature, "Buyer companies", "Buyers act for their company, whose members have roles (purchaser, approver, finance, admin).", "Commerce"),
    ];
}
