namespace SaaS.Bench;

/// <summary>A process's resident set now (VmRSS) and at its peak (VmHWM), in megabytes.</summary>
public sealed record MemoryReading(double ResidentMb, double PeakResidentMb)
{
    public static MemoryReading Of(int processId)
    {
        var fields = File.ReadLines($"/proc/{processId}/status")
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim());
        return new MemoryReading(Megabytes(fields["VmRSS"]), Megabytes(fields["VmHWM"]));
    }

    // /proc reports "123456 kB".
    private static double Megabytes(string value) => long.Parse(value.Split(' ')[0]) / 1024.0;
}
