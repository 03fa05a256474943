using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using SaaS.Problems;

namespace SaaS.Catalog.Imports;

/// <summary>
/// Reads and writes product sheets as CSV or XLSX. The format is told by the content, never the file name;
/// CSV text may be UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, or GB18030/GBK
/// (what Excel on a Chinese Windows saves), and its separator a comma, semicolon or tab.
/// </summary>
public static class SheetFiles
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Excel treats a text cell starting with these as a formula; a leading apostrophe keeps it text.</summary>
    private const string FormulaStarts = "=+-@";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SheetFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string ContentType(SheetFormat format) => format == SheetFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public static string Extension(SheetFormat format) => format == SheetFormat.Xlsx ? "xlsx" : "csv";

    /// <summary>The <c>format</c> query parameter: csv (the default) or xlsx.</summary>
    public static SheetFormat ParseFormat(string? format) => format?.ToLowerInvariant() switch
    {
        null or "" or "csv" => SheetFormat.Csv,
        "xlsx" => SheetFormat.Xlsx,
        _ => throw new ValidationFailedException("format", "The format is csv or xlsx."),
    };

    /// <summary>What the bytes are; 400 naming <c>file</c> when they are neither CSV text nor an XLSX workbook.</summary>
    public static SheetFormat Detect(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0) throw new ValidationFailedException("file", "The file is empty.");
        if (content.StartsWith("PK\x03\x04"u8)) return SheetFormat.Xlsx;
        if (content.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            throw new ValidationFailedException("file", "This is an old Excel (.xls) workbook: save it as .xlsx or CSV and upload that.");
        }
        if (content.StartsWith(new byte[] { 0xFF, 0xFE }) || content.StartsWith(new byte[] { 0xFE, 0xFF })) return SheetFormat.Csv;
        // Text has no NUL bytes; images, PDFs and archives do near their start.
        if (content[..Math.Min(content.Length, 8192)].Contains((byte)0))
        {
            throw new ValidationFailedException("file", "The file is neither CSV text nor an XLSX workbook.");
        }
        return SheetFormat.Csv;
    }

    /// <summary>CSV bytes as text: a byte order mark decides; otherwise UTF-8 if the bytes are valid UTF-8, else GB18030.</summary>
    public static string DecodeText(byte[] content)
    {
        if (content.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return StrictUtf8.GetString(content, 3, content.Length - 3);
        if (content.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE })) return Encoding.Unicode.GetString(content, 2, content.Length - 2);
        if (content.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF })) return Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            // GB18030 is a superset of GBK and GB2312, so it reads all three.
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }

    public static Sheet Read(byte[] content, SheetFormat format)
    {
        var rows = format == SheetFormat.Xlsx ? ReadXlsx(content) : ReadCsv(content);
        string[]? header = null;
        var data = new List<SheetRow>();
        foreach (var (number, cells) in rows)
        {
            if (header is null)
            {
                var width = Array.FindLastIndex(cells, c => !string.IsNullOrWhiteSpace(c)) + 1;
                if (width == 0) continue;
                header = cells[..width].Select(c => c?.Trim() ?? "").ToArray();
                continue;
            }
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var row = new string?[header.Length];
            for (var i = 0; i < row.Length && i < cells.Length; i++) row[i] = Clean(cells[i]);
            data.Add(new SheetRow(number, row));
        }
        return header is null ? throw new ValidationFailedException("file", "The file has no header row.") : new Sheet(header, data);
    }

    private static string? Clean(string? cell)
    {
        var value = cell?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        // Undo the apostrophe our own exports put before text that looks like a formula.
        return value.Length > 1 && value[0] == '\'' && FormulaStarts.Contains(value[1]) ? value[1..] : value;
    }

    private static IEnumerable<(int Number, string?[] Cells)> ReadCsv(byte[] content)
    {
        using var reader = CsvReader.FromText(DecodeText(content), CsvReaderOptions.Default with { HasHeader = false });
        // Records, not lines, are what a spreadsheet numbers: a quoted cell with line breaks is one row.
        var number = 0;
        while (reader.Read())
        {
            number++;
            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = reader.GetString(i);
            yield return (number, cells);
        }
    }

    private static IEnumerable<(int Number, string?[] Cells)> ReadXlsx(byte[] content)
    {
        IEnumerable<object> rows;
        var stream = new MemoryStream(content, writable: false);
        try
        {
            rows = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ValidationFailedException("file", "The workbook cannot be read; save it again as .xlsx or CSV.");
        }
        var number = 0;
        foreach (IDictionary<string, object?> row in rows)
        {
            number++;
            yield return (number, row.Values.Select(Text).ToArray());
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        // The shortest text that reads back as the same double: 27.5, not 27.499999999999996.
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>
    /// Writes a sheet: CSV as UTF-8 with a byte order mark (so Excel shows Chinese right) and text that looks
    /// like a formula escaped; XLSX with numbers as numbers and everything else as text.
    /// </summary>
    public static byte[] Write(SheetFormat format, IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        using var output = new MemoryStream();
        if (format == SheetFormat.Xlsx)
        {
            var records = rows.Select(cells =>
            {
                var record = new Dictionary<string, object?>(header.Count);
                for (var i = 0; i < header.Count; i++) record[header[i]] = i < cells.Length ? cells[i] : null;
                return record;
            }).ToList();
            // With no record MiniExcel cannot know the columns: one empty record gives the header alone.
            if (records.Count == 0) records.Add(header.ToDictionary(h => h, _ => (object?)null));
            MiniExcel.SaveAs(output, records, printHeader: true, sheetName: "Products", excelType: ExcelType.XLSX);
            return output.ToArray();
        }
        using (var writer = CsvWriter.Create(output, CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            foreach (var name in header) writer.WriteField(name);
            writer.EndRecord();
            foreach (var cells in rows)
            {
                foreach (var cell in cells) writer.WriteField(cell switch
                {
                    null => null,
                    string s => s,
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => cell.ToString(),
                });
                writer.EndRecord();
            }
        }
        return output.ToArray();
    }
}
