using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using SaaS.Tenancy;

namespace SaaS.Identity;

/// <summary>
/// Protects cookies and bearer tokens with a key purpose that names the tenant, so a ticket issued by one
/// tenant cannot even be decrypted by another, whatever users the two have in common.
/// </summary>
public sealed class TenantBoundTicketFormat(IDataProtectionProvider protection, IHttpContextAccessor http, string purpose)
    : ISecureDataFormat<AuthenticationTicket>
{
    public string Protect(AuthenticationTicket data) => Protect(data, purpose: null);

    public string Protect(AuthenticationTicket data, string? purpose) =>
        (Format() ?? throw new InvalidOperationException("Tickets are only issued inside a tenant.")).Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose) => Format()?.Unprotect(protectedText, purpose);

    private TicketDataFormat? Format()
    {
        var tenant = http.HttpContext?.GetTenantShell();
        return tenant is null
            ? null
            : new TicketDataFormat(protection.CreateProtector("SaaS.Identity", purpose, "tenant:" + tenant.Name));
    }
}
