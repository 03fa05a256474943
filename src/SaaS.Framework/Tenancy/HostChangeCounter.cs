namespace SaaS.Tenancy;

/// <summary>
/// One row counting changes to the tenant list, so every process sharing the host database (a CLI run, another
/// web node) notices a change by reading one number.
/// </summary>
public sealed class HostChangeCounter
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long Changes { get; set; }
}
