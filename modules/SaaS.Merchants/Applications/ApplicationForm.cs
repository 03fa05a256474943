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
    IFormFile? Licence)
{
    public static ApplicationForm From(IFormCollection form) => new(
        Field(form, "legalName"), Field(form, "creditCode")?.ToUpperInvariant(), Field(form, "legalRepresentative"),
        Field(form, "contactName"), Field(form, "mobile"), Field(form, "email"), Field(form, "address"), Field(form, "categories"),
        form.Files.GetFile("licence"));

    private static string? Field(IFormCollection form, string name) =>
        string.IsNullOrWhiteSpace(form[name]) ? null : form[name].ToString().Trim();
}
