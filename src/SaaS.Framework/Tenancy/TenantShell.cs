using System.Collections.Concurrent;
using SaaS.Tenants;
using SaaS.Themes;

namespace SaaS.Tenancy;

/// <summary>
/// A tenant's cached state in this process: its settings, site settings and enabled features.
/// Built on activation, dropped when idle or when its <see cref="TenantSettings.Version"/> moves on.
/// </summary>
public sealed class TenantShell(
    TenantSettings settings,
    SiteSettings site,
    IReadOnlySet<string> enabledFeatures,
    string filesPath,
    IReadOnlyDictionary<string, string>? templateOverrides = null)
    : ITenant
{
    private long lastAccessTicks;

    public TenantSettings Settings { get; } = settings;

    public string Name => Settings.Name;

    public string FilesPath { get; } = filesPath;

    public SiteSettings Site { get; } = site;

    public IReadOnlySet<string> EnabledFeatures { get; } = enabledFeatures;

    /// <summary>The tenant's own versions of storefront views, by view name.</summary>
    public IReadOnlyDictionary<string, string> TemplateOverrides { get; } = templateOverrides ?? new Dictionary<string, string>();

    /// <summary>Parsed overrides; they live and die with the shell, so an edited override is parsed afresh.</summary>
    internal ConcurrentDictionary<string, ParsedTemplate> ParsedOverrides { get; } = new(StringComparer.Ordinal);

    public long LastAccessTicks => Interlocked.Read(ref lastAccessTicks);

    public bool IsFeatureEnabled(string featureId) => EnabledFeatures.Contains(featureId);

    public void Touch(long nowTicks) => Interlocked.Exchange(ref lastAccessTicks, nowTicks);
}
