namespace SaaS.Merchants;

/// <summary>The staff roles every merchant starts with; modules decide what each one may do.</summary>
public static class MerchantRoleTemplates
{
    public const string ProductManager = "product-manager";
    public const string OrderClerk = "order-clerk";
    public const string Finance = "finance";
    public const string CustomerService = "customer-service";

    public static IReadOnlyList<(string Key, string Title)> All { get; } =
    [
        (ProductManager, "Product manager"),
        (OrderClerk, "Order clerk"),
        (Finance, "Finance"),
        (CustomerService, "Customer service"),
    ];
}
