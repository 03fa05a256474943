using SaaS.Data;

namespace SaaS;

/// <summary>The <c>SaaS</c> configuration section.</summary>
public sealed class SaaSOptions
{
    public const string Section = "SaaS";

    /// <summary>Data folder; relative paths are under the content root.</summary>
    public string AppData { get; set; } = "App_Data";

    /// <summary>Bearer key for the operator REST API; generated into App_Data when not configured.</summary>
    public string? OperatorApiKey { get; set; }

    /// <summary>Launch a demo tenant on first start when there are no tenants.</summary>
    public bool Demo { get; set; } = true;

    public string DemoRecipe { get; set; } = "industrial-mro";

    /// <summary>Folder of <c>*.recipe.json</c>; defaults to the <c>recipes</c> folder shipped beside the host.</summary>
    public string? RecipesPath { get; set; }

    /// <summary>Folder of storefront themes; defaults to the <c>themes</c> folder shipped beside the host.</summary>
    public string? ThemesPath { get; set; }

    public HostDatabaseOptions HostDatabase { get; set; } = new();

    /// <summary>Server-level connection used to create per-tenant PostgreSQL databases when a tenant brings none.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>A tenant not requested for this long releases its cached state.</summary>
    public TimeSpan TenantIdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    public TimeSpan TenantReaperInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The public base URL (e.g. <c>https://market.example.com</c>) for links in e-mails sent outside any request,
    /// such as the demo's invitations at start-up; the listening address when not set.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>How often modules' tenant jobs (licence expiry and the like) run in every running tenant.</summary>
    public TimeSpan TenantJobInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the host checks whether another process (the CLI, another node) changed the tenant list.</summary>
    public TimeSpan TenantListRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int LoginPermitsPerMinute { get; set; } = 10;

    public int MaxFailedAccessAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
