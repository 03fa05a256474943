using System.Runtime.InteropServices;
using SaaS.Bench;
using SaaS.Bench.Phases;

BenchOptions options;
try
{
    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(BenchOptions.Usage);
        return 0;
    }
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
// Ctrl+C, kill and a closed terminal cancel the phase instead of ending the process at once, so the phase's
// host is still stopped on the way out.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Cancel);

IBenchPhase[] known = [new LaunchPhase(), new DensityPhase(), new ColdPhase(), new RenderPhase(), new ImportPhase(), new SearchPhase(), new CheckoutPhase(), new LedgerPhase(), new MessagingPhase()];
var figures = new List<Figure>();
var errors = new Dictionary<string, string>(StringComparer.Ordinal);
Console.WriteLine($"Host: {options.HostDll}");
foreach (var phase in known.Where(p => options.Phases.Contains(p.Name)))
{
    Console.WriteLine();
    Console.WriteLine($"== {phase.Name}");
    await using var hosts = new HostLauncher(options.HostDll);
    try
    {
        figures.AddRange(await phase.RunAsync(hosts, options, stop.Token));
    }
    catch (Exception e) when (!stop.IsCancellationRequested)
    {
        errors[phase.Name] = e.Message;
        Console.Error.WriteLine($"  {phase.Name} failed: {e}");
        hosts.WriteLogTails(Console.Error, lines: 20);
    }
    catch (Exception) when (stop.IsCancellationRequested)
    {
        errors[phase.Name] = "cancelled";
        break;
    }
}

SummaryTable.Write(Console.Out, figures, errors);
// A missed target is a finding, not a failure of the bench; only a phase that could not measure fails the run.
return errors.Count == 0 ? 0 : 1;

void Cancel(PosixSignalContext signal)
{
    signal.Cancel = true;
    stop.Cancel();
}
