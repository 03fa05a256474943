namespace SaaS.Companies.Companies;

/// <summary>
/// What the buyer's company pages show: the caller's company (null when they have none yet), the page's lists,
/// and the form just posted with a message next to each refused field.
/// </summary>
public sealed record CompanyPageModel
{
    public required string AntiforgeryField { get; init; }

    public required string AntiforgeryToken { get; init; }

    public CompanyView? Company { get; init; }

    /// <summary>The caller's role in the company.</summary>
    public string? Role { get; init; }

    public bool IsAdmin => Role == nameof(CompanyRole.Admin);

    public bool RequireVerification { get; init; }

    public IReadOnlyList<string> Roles { get; } = Enum.GetNames<CompanyRole>();

    public IReadOnlyList<CompanyAddress> Addresses { get; init; } = [];

    public IReadOnlyList<InvoiceTitle> InvoiceTitles { get; init; } = [];

    /// <summary>The fields posted, by name, so a refused form keeps what was typed.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>Messages by field name, shown next to their inputs.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>A refusal that concerns no single input, e.g. a role that may not do this (403).</summary>
    public string? FormError { get; init; }

    public string? Notice { get; init; }

    public bool HasErrors => Errors.Count > 0 || FormError is not null;
}
