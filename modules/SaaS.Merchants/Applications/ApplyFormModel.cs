namespace SaaS.Merchants.Applications;

/// <summary>The storefront's application form: values typed so far and the message next to each field.</summary>
public sealed record ApplyFormModel(
    string AntiforgeryField,
    string AntiforgeryToken,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlyList<LicenceFieldModel> IndustryLicences,
    Guid? SubmittedId = null)
{
    /// <summary>The draft this form continues, with the token of its resume link.</summary>
    public Guid? DraftId { get; init; }

    public string? DraftToken { get; init; }

    public bool HasStoredLicence { get; init; }

    public string? Notice { get; init; }

    public bool HasErrors => Errors.Count > 0;

    public string? Value(string field) => Values.GetValueOrDefault(field);

    public string? LegalName => Value("legalName");
    public string? CreditCode => Value("creditCode");
    public string? LegalRepresentative => Value("legalRepresentative");
    public string? ContactName => Value("contactName");
    public string? Mobile => Value("mobile");
    public string? Email => Value("email");
    public string? Address => Value("address");
    public string? Categories => Value("categories");

    public string? LegalNameError => Errors.GetValueOrDefault("legalName");
    public string? CreditCodeError => Errors.GetValueOrDefault("creditCode");
    public string? LegalRepresentativeError => Errors.GetValueOrDefault("legalRepresentative");
    public string? ContactNameError => Errors.GetValueOrDefault("contactName");
    public string? MobileError => Errors.GetValueOrDefault("mobile");
    public string? EmailError => Errors.GetValueOrDefault("email");
    public string? AddressError => Errors.GetValueOrDefault("address");
    public string? CategoriesError => Errors.GetValueOrDefault("categories");
    public string? LicenceError => Errors.GetValueOrDefault("licence");
}
