namespace SaaS.Bench;

/// <summary>How busy the shared bench machine was while a figure was taken.</summary>
public static class MachineLoad
{
    /// <summary>The machine's 1-minute load average, as the kernel reports it.</summary>
    public static string OneMinute() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
