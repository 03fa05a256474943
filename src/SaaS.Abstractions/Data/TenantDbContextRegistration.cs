namespace SaaS.Data;

/// <summary>Lists a module context so the framework migrates it at setup and on activation after an upgrade.</summary>
public sealed record TenantDbContextRegistration(Type ContextType, string MigrationsHistoryTable);
