namespace SaaS.Site;

public sealed class EnabledFeature
{
    public required string Id { get; set; }
}
