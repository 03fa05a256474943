namespace SaaS.Search;

/// <summary>The <c>SaaS:Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "SaaS:Search";

    /// <summary>How often the worker looks at tenants this node just wrote tasks for.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often it looks at every active tenant (for tasks other nodes wrote): one indexed query each.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a hole in the task ids may stay open (a transaction that has not committed yet) before it is taken as rolled back.</summary>
    public TimeSpan GapGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long query lookups (category names, merchants, synonyms) are reused before being read again.</summary>
    public TimeSpan LookupsLifetime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long indexing tasks are kept; a node down for longer rebuilds its indexes from the catalog.</summary>
    public TimeSpan TaskRetention { get; set; } = TimeSpan.FromDays(7);
}
