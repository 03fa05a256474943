using SaaS.Features;
using SaaS.Modules;

namespace SaaS.Messaging;

public sealed class Manifest : IModuleManifest
{
    public const string MessagingFeature = "Messaging";

    public string Name => "Messaging";

    public IReadOnlyList<FeatureDescriptor> Features { get; } =
    [
        new(MessagingFeature, "Messaging", "Tells buyers, merchants and operators what happened by e-mail, SMS, the in-site inbox and signed webhooks, through editable templates.", "Communication"),
    ];
}
