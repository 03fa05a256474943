namespace SaaS.Web.Console;

public sealed record TenantsModel(IReadOnlyList<ConsoleTenantRow> Tenants, string? Message);
