using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Testing;
using SaaS.Themes;

namespace SaaS.IntegrationTests;

/// <summary>
/// Templates see only registered types, and a member of an unregistered type renders as nothing: a page that
/// silently loses its content. Every type a registered model exposes must be registered too.
/// </summary>
public sealed class LiquidModelTests(SaaSHost host) : IClassFixture<SaaSHost>
{
    [Fact]
    public void Every_type_reachable_from_a_registered_model_is_registered()
    {
        var registered = host.Services.GetServices<LiquidModel>().Select(m => m.Type).ToHashSet();
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var model in registered)
        {
            foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                foreach (var type in Reachable(property.PropertyType).Where(t => t.Namespace?.StartsWith("SaaS", StringComparison.Ordinal) == true && !t.IsEnum))
                {
                    if (!registered.Contains(type)) missing.Add($"{model.Name}.{property.Name} → {type.FullName}");
                }
            }
        }
        Assert.Empty(missing);
    }

    private static IEnumerable<Type> Reachable(Type type)
    {
        var bare = Nullable.GetUnderlyingType(type) ?? type;
        if (bare.IsGenericType) return bare.GetGenericArguments().SelectMany(Reachable);
        return bare.IsArray ? Reachable(bare.GetElementType()!) : [bare];
    }
}
