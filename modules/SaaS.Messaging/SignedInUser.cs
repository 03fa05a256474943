using System.Security.Claims;
using SaaS.Problems;

namespace SaaS.Messaging;

public static class SignedInUser
{
    /// <summary>The signed-in user's id; 403 for anyone else (the endpoints that ask require a sign-in first).</summary>
    public static string Id(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new ForbiddenException("user", "Sign in first.");
}
