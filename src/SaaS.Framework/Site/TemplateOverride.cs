namespace SaaS.Site;

/// <summary>A tenant's own version of a storefront view, which wins over its theme's.</summary>
public sealed class TemplateOverride
{
    public required string View { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}
