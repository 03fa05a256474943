namespace SaaS.Bench;

/// <summary>The closing table: every figure beside its target, then the phases that could not be measured.</summary>
public static class SummaryTable
{
    public static void Write(TextWriter output, IReadOnlyList<Figure> figures, IReadOnlyDictionary<string, string> errors)
    {
        string[] header = ["phase", "metric", "value", "target", "verdict"];
        var rows = figures
            .Select(f => new[] { f.Phase, f.Metric, $"{f.Value:F1} {f.Unit}", f.TargetText, f.Verdict })
            .Concat(errors.Select(e => new[] { e.Key, "ERROR", "", "", "ERROR" }))
            .ToList();
        var widths = Enumerable.Range(0, header.Length)
            .Select(column => rows.Select(row => row[column].Length).Append(header[column].Length).Max())
            .ToArray();

        output.WriteLine();
        output.WriteLine("Summary");
        WriteRow(output, header, widths);
        WriteRow(output, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows) WriteRow(output, row, widths);
        // The whole error, with the host's log, was written when the phase failed; one line is enough here.
        foreach (var (phase, message) in errors)
        {
            var lines = message.Split('\n');
            output.WriteLine($"{phase}: {lines[0]}{(lines.Length > 1 ? " (the rest is above)" : "")}");
        }
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths) =>
        output.WriteLine(string.Join("  ", cells.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
}
