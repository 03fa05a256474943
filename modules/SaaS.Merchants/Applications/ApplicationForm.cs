using Microsoft.AspNetCore.Http;

namespace SaaS.Merchants.Applications;

/// <summary>What an applicant submits (multipart form: fields plus the business licence file).</summary>
public sealed record ApplicationForm(
    string? LegalName,
    string? CreditCode,
    string? LegalRepresentative,
    string? ContactName,
    string? Mobile,
    string? Email,
    string? Address,
    string? Categories,
    IFormFile? Licence,
    IReadOnlyDictionary<string, DeclaredLicence> IndustryLicences,
    bool SaveAsDraft = false,
    Guid? DraftId = null,
    string? DraftToken = null)
{
    /// <summary>
    /// Industry licences arrive as <c>licences.{code}.number</c> and <c>licences.{code}.expiresOn</c>;
    /// <c>draft=true</c> saves without submitting, <c>draftId</c> and <c>draftToken</c> continue a saved draft.
    /// </summary>
    public static ApplicationForm From(IFormCollection form) => new(
        Field(form, "legalName"), Field(form, "creditCode")?.ToUpperInvariant(), Field(form, "legalRepresentative"),
        Field(form, "contactName"), Field(form, "mobile"), Field(form, "email"), Field(form, "address"), Field(form, "categories"),
        form.Files.GetFile("licence"),
        form.Keys.Where(k => k.StartsWith("licences.", StringComparison.Ordinal) && k.Split('.').Length == 3)
            .Select(k => k.Split('.')[1]).Distinct()
            .ToDictionary(code => code, code => new DeclaredLicence(Field(form, $"licences.{code}.number"), Field(form, $"licences.{code}.expiresOn"))),
        SaveAsDraft: string.Equals(Field(form, "draft"), "true", StringComparison.OrdinalIgnoreCase),
        DraftId: Guid.TryParse(Field(form, "draftId"), out var draftId) ? draftId : null,
        DraftToken: Field(form, "draftToken"));

    private static string? Field(IFormCollection form, string name) =>
        string.IsNullOrWhiteSpace(form[name]) ? null : form[name].ToString().Trim();
}
