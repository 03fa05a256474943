namespace SaaS.Companies.Verification;

/// <summary>The marketplace's company settings: a table of one row, so they live and migrate with the module.</summary>
public sealed class CompanySettings
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;

    /// <summary>Whether companies must be verified by the operator before they may trade on credit terms.</summary>
    public bool RequireVerification { get; set; }
}
