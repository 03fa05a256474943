using SaaS.Recipes;

namespace SaaS.Web.Console;

/// <summary>The launch form: the recipes to pick from, what was typed, and the message next to each field.</summary>
public sealed record LaunchFormModel(
    IReadOnlyList<RecipeSummary> Recipes,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Errors,
    string PasswordPolicy)
{
    public string? Name => Values.GetValueOrDefault("name");

    public string? Recipe => Values.GetValueOrDefault("recipe");

    public string? SiteName => Values.GetValueOrDefault("siteName");

    public string? AdminEmail => Values.GetValueOrDefault("adminEmail");

    public string? UrlPrefix => Values.GetValueOrDefault("urlPrefix");

    public string? HostNames => Values.GetValueOrDefault("hostNames");

    public string DatabaseProvider => Values.GetValueOrDefault("databaseProvider") ?? "Sqlite";

    public string? NameError => Error("name");

    public string? RecipeError => Error("recipe");

    public string? SiteNameError => Error("siteName");

    public string? AdminEmailError => Error("adminEmail");

    public string? AdminPasswordError => Error("adminPassword");

    public string? UrlPrefixError => Error("urlPrefix");

    public string? HostNamesError => Error("hostNames");

    public string? DatabaseProviderError => Error("databaseProvider") ?? Error("connectionString");

    /// <summary>Errors not tied to one field of the form (a recipe step, for instance).</summary>
    public string? FormError => Errors.Where(e => !Fields.Contains(e.Key)).Select(e => e.Value).FirstOrDefault();

    private static readonly string[] Fields = ["name", "recipe", "siteName", "adminEmail", "adminPassword", "urlPrefix", "hostNames", "databaseProvider", "connectionString"];

    private string? Error(string field) =>
        Errors.Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal)).Select(e => e.Value).FirstOrDefault();
}
