using Microsoft.AspNetCore.Http;

namespace SaaS.Payments.BankTransfer;

/// <summary>A remittance slip on disk, found for a caller already allowed to read its payment.</summary>
public sealed record SlipFile(string Path, string ContentType)
{
    /// <summary>Inline, so it opens in the browser; nosniff keeps it from being run as anything but its own type.</summary>
    public IResult Serve(HttpContext http)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(Path, ContentType);
    }
}
