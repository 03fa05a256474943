using Microsoft.AspNetCore.Http;

namespace SaaS.Admin;

public static class AdminResults
{
    /// <summary>Post/redirect/get: back to an admin page inside this tenant, with a message to show there.</summary>
    public static IResult BackTo(HttpContext http, string path, string message) =>
        Results.Redirect($"{http.Request.PathBase}{path}?message={Uri.EscapeDataString(message)}");
}
