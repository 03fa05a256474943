using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Features;
using SaaS.Identity;
using SaaS.Modules;
using SaaS.Problems;
using SaaS.Recipes;
using SaaS.Security;

namespace SaaS.Framework.Tests;

public sealed class RecipeValidatorTests
{
    private readonly RecipeValidator validator;

    public RecipeValidatorTests()
    {
        var services = new ServiceCollection()
            .AddSingleton<IModuleManifest>(new Manifest())
            .AddSingleton<FeatureCatalog>()
            .AddSingleton<PermissionCatalog>()
            .AddPermissions<CorePermissions>()
            .BuildServiceProvider();
        validator = new RecipeValidator(
            [new FeaturesStep(), new SettingsStep(), new RolesStep()],
            services.GetRequiredService<FeatureCatalog>(),
            services);
    }

    [Fact]
    public void Parameters_fill_strings_with_request_arguments_over_recipe_defaults()
    {
        var recipe = Recipe("""[ { "name": "settings", "siteName": "{{ siteName }} · {{region}}" } ]""",
            new Dictionary<string, string> { ["siteName"] = "Default", ["region"] = "华东" });

        var plan = validator.Plan(recipe, new Dictionary<string, string> { ["siteName"] = "苏州工业品" }, new HashSet<string>());

        Assert.Equal("苏州工业品 · 华东", plan.Steps[0].Step.GetProperty("siteName").GetString());
    }

    [Fact]
    public void Every_error_is_reported_at_once_with_step_index_and_path()
    {
        var recipe = Recipe("""
            [
              { "name": "features", "enable": [ "Shop", 42 ] },
              { "name": "settings", "defaultCurrency": "yuan", "timeZone": "Mars/Olympus", "siteName": "{{nope}}" },
              { "name": "roles", "roles": [ { "name": "Buyer", "permissions": [ "FlyToTheMoon" ] }, { "permissions": [] } ] },
              { "enable": [] }
            ]
            """);

        var error = Assert.Throws<UnprocessableException>(() => validator.Plan(recipe, new Dictionary<string, string>(), new HashSet<string>()));

        Assert.Contains("$.steps[0].enable[1]", error.Errors.Keys);
        Assert.Contains("'yuan'", error.Errors["$.steps[1].defaultCurrency"][0]);
        Assert.Contains("Mars/Olympus", error.Errors["$.steps[1].timeZone"][0]);
        Assert.Contains("Unknown parameter 'nope'", error.Errors["$.steps[1].siteName"][0]);
        Assert.Contains("FlyToTheMoon", error.Errors["$.steps[2].roles[0].permissions[0]"][0]);
        Assert.Contains("$.steps[2].roles[1].name", error.Errors.Keys);
        Assert.Contains("needs a 'name'", error.Errors["$.steps[3].name"][0]);
        Assert.All(error.Errors.Values.SelectMany(v => v), message => Assert.StartsWith("recipe 'test'", message));
    }

    [Fact]
    public void Features_enabled_by_the_recipe_include_their_dependencies()
    {
        var plan = validator.Plan(Recipe("""[ { "name": "features", "enable": [ "Seo" ] } ]"""), new Dictionary<string, string>(), new HashSet<string>());
        Assert.Equal(["Seo", "Storefront"], plan.FeaturesAfterRecipe.Order());
    }

    [Fact]
    public void Steps_must_be_an_array()
    {
        var recipe = Recipe("""{ "name": "features" }""");
        var error = Assert.Throws<UnprocessableException>(() => validator.Plan(recipe, new Dictionary<string, string>(), new HashSet<string>()));
        Assert.Contains("$.steps", error.Errors.Keys);
    }

    private static RecipeDescriptor Recipe(string steps, Dictionary<string, string>? parameters = null) =>
        new("test", "Test", "", "test", "1.0.0", true, parameters ?? new Dictionary<string, string>(), JsonDocument.Parse(steps).RootElement.Clone());

    private sealed class Manifest : IModuleManifest
    {
        public string Name => "Test";

        public IReadOnlyList<FeatureDescriptor> Features { get; } =
        [
            new("Storefront", "Storefront", "", "Storefront"),
            new("Seo", "Seo", "", "Storefront", "Storefront"),
        ];
    }
}
