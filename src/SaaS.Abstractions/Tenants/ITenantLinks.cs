namespace SaaS.Tenants;

/// <summary>Absolute links into the current tenant, for e-mails that take people back to it.</summary>
public interface ITenantLinks
{
    /// <summary>The tenant's base URL without a trailing slash, e.g. <c>https://host/mro</c>; empty outside any request.</summary>
    string SiteUrl();
}
