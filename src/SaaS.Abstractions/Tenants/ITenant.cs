namespace SaaS.Tenants;

/// <summary>The tenant the current request or job runs for.</summary>
public interface ITenant
{
    string Name { get; }

    /// <summary>Folder for this tenant's files: App_Data/Sites/{tenant}.</summary>
    string FilesPath { get; }

    SiteSettings Site { get; }

    IReadOnlySet<string> EnabledFeatures { get; }

    bool IsFeatureEnabled(string featureId);
}
