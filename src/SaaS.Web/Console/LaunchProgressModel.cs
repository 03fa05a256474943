namespace SaaS.Web.Console;

public sealed record LaunchProgressModel(Guid Id, string Tenant, IReadOnlyList<string> Steps, bool Done, string? Error, IReadOnlyList<string> Urls);
