namespace SaaS.Web.Console;

public sealed record ConsoleTenantRow(
    string Name, string State, string Recipe, IReadOnlyList<string> Urls, string Created, string DatabaseProvider, string? Error)
{
    public bool CanDisable => State == "Running";

    public bool CanEnable => State == "Disabled";
}
