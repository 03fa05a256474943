namespace SaaS.Web.Console;

public sealed record LoginModel(string? Email, string? Error);
