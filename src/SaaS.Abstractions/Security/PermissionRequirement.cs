using Microsoft.AspNetCore.Authorization;

namespace SaaS.Security;

public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;
