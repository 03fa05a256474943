namespace SaaS.Bench.Phases;

/// <summary>One measurement against hosts of its own; it throws when it cannot measure, and reports misses as figures.</summary>
public interface IBenchPhase
{
    string Name { get; }

    Task<IReadOnlyList<Figure>> RunAsync(HostLauncher hosts, BenchOptions options, CancellationToken cancellationToken);
}
