namespace SaaS.Themes;

/// <summary>
/// The marketplace's theme as stored now. <see cref="SaaS.Tenants.ITenant.Site"/> is the site as the scope began: while
/// a recipe runs, a theme its earlier step chose is seen here only.
/// </summary>
public interface ISiteTheme
{
    Task<string> CurrentAsync(CancellationToken cancellationToken);
}
