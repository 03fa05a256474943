namespace SaaS.Bench.Phases;

/// <summary>How much memory one host needs to keep many live tenants, each launched and visited once.</summary>
public sealed class DensityPhase : IBenchPhase
{
    private const double ResidentTargetMb = 1024;

    public string Name => "density";

    public async Task<IReadOnlyList<Figure>> RunAsync(HostLauncher hosts, BenchOptions options, CancellationToken cancellationToken)
    {
        // Nothing may be released during the phase, or the reading would be of fewer tenants than were launched.
        var host = await hosts.StartAsync(new Dictionary<string, string> { ["TenantIdleTimeout"] = "01:00:00" }, cancellationToken);
        using var client = new HostClient(host);
        await client.WarmUpAsync(cancellationToken);
        var idle = host.ReadMemory();
        Console.WriteLine($"  idle host: VmRSS {idle.ResidentMb:F1} MB");

        var batch = new TenantBatch(client, "d", options.DensityTenants, options.Parallelism);
        var (launches, launchTime) = await batch.LaunchAllAsync(cancellationToken);
        Console.WriteLine($"  launches: {launches}; {batch.Names.Count} in {launchTime.TotalSeconds:F1} s");
        var (visits, _) = await batch.VisitAllAsync(cancellationToken);
        Console.WriteLine($"  first home requests: {visits}");

        var active = (await client.ListTenantsAsync(cancellationToken)).Count(t => t.Active);
        if (active != batch.Names.Count)
        {
            throw new InvalidOperationException($"Only {active} of {batch.Names.Count} tenants are active before the memory reading.");
        }

        // A full GC cannot be forced from outside; a pause lets background work and the GC's own pacing settle.
        await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds), cancellationToken);
        var memory = host.ReadMemory();
        var perTenantKb = (memory.ResidentMb - idle.ResidentMb) * 1024 / batch.Names.Count;
        Console.WriteLine($"  {active} active tenants: VmRSS {memory.ResidentMb:F1} MB, VmHWM {memory.PeakResidentMb:F1} MB, "
            + $"{perTenantKb:F0} KB per tenant above the idle host");

        return
        [
            new Figure(Name, $"VmRSS with {active} tenants", memory.ResidentMb, "MB", Below: ResidentTargetMb),
            new Figure(Name, "VmHWM (peak)", memory.PeakResidentMb, "MB"),
            new Figure(Name, "VmRSS of idle host", idle.ResidentMb, "MB"),
            new Figure(Name, "VmRSS per tenant", perTenantKb, "KB"),
            new Figure(Name, "launch throughput", batch.Names.Count / launchTime.TotalSeconds, "tenants/s"),
            new Figure(Name, "launch POST median", launches.Median, "ms"),
            new Figure(Name, "first home request median", visits.Median, "ms"),
        ];
    }
}
