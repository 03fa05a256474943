namespace SaaS.Merchants.Terms;

/// <summary>An industry licence every merchant of this marketplace must hold (a drug distribution licence for pharma).</summary>
public sealed class LicenceRequirement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Stable key used in forms and recipes, e.g. <c>drug-distribution</c>.</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }
}
