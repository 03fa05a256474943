using Microsoft.AspNetCore.Http;

namespace SaaS.Orders.Storefront;

/// <summary>A posted form's fields as the services take them: trimmed text or nothing, ids that parse or nothing.</summary>
internal static class FormValues
{
    public static string? Text(IFormCollection form, string name) =>
        string.IsNullOrWhiteSpace(form[name]) ? null : form[name].ToString().Trim();

    public static Guid? Id(IFormCollection form, string name) => Guid.TryParse(form[name], out var id) ? id : null;
}
