namespace SaaS.Web.Console;

/// <summary>One launch as the console follows it: the steps reported so far and how it ended.</summary>
public sealed class LaunchProgress(string tenant) : IProgress<string>
{
    private readonly List<string> steps = [];

    public string Tenant { get; } = tenant;

    public IReadOnlyList<string> Steps
    {
        get
        {
            lock (steps) return steps.ToList();
        }
    }

    public bool Done { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<string> Urls { get; private set; } = [];

    public void Report(string value)
    {
        lock (steps) steps.Add(value);
    }

    public void Succeed(IReadOnlyList<string> urls)
    {
        Urls = urls;
        Done = true;
    }

    public void Fail(string error)
    {
        Error = error;
        Done = true;
    }
}
