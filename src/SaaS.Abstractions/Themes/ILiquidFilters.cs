using Fluid;

namespace SaaS.Themes;

/// <summary>
/// A module's Liquid filters, added once to the options every storefront render shares. Filters run inside the
/// sandbox: they get template values, not services, so they cannot reach another tenant's data.
/// </summary>
public interface ILiquidFilters
{
    void Register(FilterCollection filters);
}
