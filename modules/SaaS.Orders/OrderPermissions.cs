using SaaS.Security;

namespace SaaS.Orders;

/// <summary>The operator's order permissions: the marketplace's orders are read, never moved, from the admin.</summary>
public sealed class OrderPermissions : IPermissionProvider
{
    public static readonly Permission ViewAllOrders = new("ViewAllOrders", "See every order of the marketplace with its timeline, and the order figures", "Orders");

    public IEnumerable<Permission> Permissions => [ViewAllOrders];
}
