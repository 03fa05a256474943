namespace SaaS.Tenancy;

public enum TenantState
{
    Uninitialized,
    Initializing,
    Running,
    Disabled,
    Failed,
}
