using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace SaaS.Merchants.Merchants;

/// <summary>The checks an applicant's and a merchant's contact details share.</summary>
public static partial class ContactRules
{
    public static void CheckMobile(string? mobile, IDictionary<string, string[]> errors)
    {
        if (mobile is null || !Mobile().IsMatch(mobile)) errors["mobile"] = [$"'{mobile}' is not a mainland mobile number (11 digits starting with 1)."];
    }

    public static void CheckEmail(string? email, IDictionary<string, string[]> errors)
    {
        if (email is null || !new EmailAddressAttribute().IsValid(email)) errors["email"] = [$"'{email}' is not an e-mail address."];
    }

    public static void Require(string field, string? value, int maxLength, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = [$"'{field}' is required."];
        else if (value.Length > maxLength) errors[field] = [$"'{field}' may have at most {maxLength} characters."];
    }

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();
}
