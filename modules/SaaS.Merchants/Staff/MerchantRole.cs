namespace SaaS.Merchants.Staff;

/// <summary>
/// A staff role of one merchant. A template role takes its permissions from the modules' declarations, so a
/// module added later extends it; a custom role keeps the permissions the owner ticked.
/// </summary>
public sealed class MerchantRole
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MerchantId { get; init; }

    public required string Name { get; set; }

    /// <summary>A <see cref="MerchantRoleTemplates"/> key, or null for a custom role.</summary>
    public string? Template { get; init; }

    /// <summary>Comma-separated permission names of a custom role.</summary>
    public string Permissions { get; set; } = "";
}
