namespace SaaS.Bench;

/// <summary>
/// Starts the hosts of one phase and stops every one of them when the phase ends, however it ends:
/// a host left running would skew the next phase and outlive the bench.
/// </summary>
public sealed class HostLauncher : IAsyncDisposable
{
    private readonly string hostDll;
    private readonly List<HostProcess> hosts = [];

    public HostLauncher(string hostDll)
    {
        this.hostDll = hostDll;
        // A backstop for exits that skip disposal (Environment.Exit); signals are turned into cancellation instead.
        AppDomain.CurrentDomain.ProcessExit += KillAll;
    }

    public async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var host = await HostProcess.StartAsync(hostDll, settings, cancellationToken);
        lock (hosts) hosts.Add(host);
        Console.WriteLine($"  host pid {host.ProcessId} at {host.BaseAddress}");
        return host;
    }

    /// <summary>Stops one host before the phase ends, so the next measurement has the machine to itself.</summary>
    public async Task StopAsync(HostProcess host)
    {
        lock (hosts) hosts.Remove(host);
        await host.DisposeAsync();
    }

    /// <summary>The end of each host's log, to show why a phase failed.</summary>
    public void WriteLogTails(TextWriter output, int lines)
    {
        foreach (var host in hosts)
        {
            output.WriteLine($"  last lines of host pid {host.ProcessId}'s log:");
            foreach (var line in host.LogTail(lines)) output.WriteLine("    " + line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillAll;
        foreach (var host in hosts) await host.DisposeAsync();
        hosts.Clear();
    }

    private void KillAll(object? sender, EventArgs e)
    {
        lock (hosts)
        {
            foreach (var host in hosts) host.KillNow();
        }
    }
}
