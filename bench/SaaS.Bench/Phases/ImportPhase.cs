using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SaaS.Bench.Phases;

/// <summary>
/// A merchant imports a large product sheet: an <c>industrial-mro</c> marketplace, its fasteners merchant's owner
/// signed in through the invitation mailed at launch, a generated CSV of <c>--import-rows</c> rows (one per SKU,
/// four SKUs a product, in bolts, nuts and screws) uploaded, and the import's status polled until it completes.
/// Timed from the upload to the completed status; the readings taken meanwhile show whether progress moved live.
/// </summary>
public sealed class ImportPhase : IBenchPhase
{
    private const double TotalTargetSeconds = 120;
    private const string Tenant = "bench-import";
    private const string OwnerEmail = "owner@fasteners.example.cn";
    private const string OwnerPassword = "Bench-Owner-2024";

    public string Name => "import";

    public async Task<IReadOnlyList<Figure>> RunAsync(HostLauncher hosts, BenchOptions options, CancellationToken cancellationToken)
    {
        var host = await hosts.StartAsync(new Dictionary<string, string>(), cancellationToken);
        using (var operatorClient = new HostClient(host))
        {
            await operatorClient.LaunchAsync(Tenant, "industrial-mro", "Import Bench", cancellationToken);
        }
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", await TenantAccounts.AcceptInvitationAsync(http, host, Tenant, OwnerEmail, OwnerPassword, cancellationToken));

        var csv = Generate(options.ImportRows);
        Console.WriteLine($"  sheet: {options.ImportRows:N0} rows, {csv.Length / 1024.0 / 1024.0:F1} MB");
        var clock = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "bench.csv" } };
        using var upload = await http.PostAsync($"/{Tenant}/api/merchant/product-imports", form, cancellationToken);
        var body = await upload.Content.ReadAsStringAsync(cancellationToken);
        if (upload.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"The upload answered {(int)upload.StatusCode}: {body}");
        var uploaded = clock.Elapsed;
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString();

        var readings = new List<int>();
        var lastPrint = TimeSpan.Zero;
        JsonElement status;
        while (true)
        {
            status = await http.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/product-imports/{id}", cancellationToken);
            var (state, processed, total) = (status.GetProperty("status").GetString(), status.GetProperty("processed").GetInt32(), status.GetProperty("total").GetInt32());
            if (state is "Completed" or "Failed") break;
            if (processed > 0 && processed < options.ImportRows) readings.Add(processed);
            if (clock.Elapsed - lastPrint >= TimeSpan.FromSeconds(5))
            {
                lastPrint = clock.Elapsed;
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:F1} s  {state,-9} {processed,7:N0} / {total:N0}");
            }
            if (clock.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException($"The import was still {state} after 10 minutes at {processed} rows.");
            await Task.Delay(250, cancellationToken);
        }
        var elapsed = clock.Elapsed;
        if (status.GetProperty("status").GetString() != "Completed") throw new InvalidOperationException($"The import failed: {status.GetProperty("failure")}");
        var imported = status.GetProperty("imported").GetInt32();
        if (imported != options.ImportRows) throw new InvalidOperationException($"Only {imported} of {options.ImportRows} rows were imported: {status.GetProperty("errors")}");
        var live = readings.Distinct().Count();
        Console.WriteLine($"  upload answered in {uploaded.TotalMilliseconds:F0} ms; completed after {elapsed.TotalSeconds:F1} s, {imported / elapsed.TotalSeconds:N0} rows/s");
        Console.WriteLine($"  progress seen live: {live} distinct readings between 0 and {options.ImportRows:N0} ({(live > 0 ? "yes" : "no")})");
        return
        [
            new Figure(Name, $"import of {options.ImportRows:N0} rows, total", elapsed.TotalSeconds, "s", Below: TotalTargetSeconds),
            new Figure(Name, "import rows per second", imported / elapsed.TotalSeconds, "rows/s"),
            new Figure(Name, "upload answered (202)", uploaded.TotalMilliseconds, "ms"),
            new Figure(Name, "progress readings seen moving", live, "readings", AtLeast: 1),
        ];
    }

    /// <summary>Rows of four SKUs a product; product columns only on a product's first row, as a merchant's sheet usually has them.</summary>
    private static byte[] Generate(int rows)
    {
        var csv = new StringBuilder("product_key,category,title,brand,unit,moq,multiple,lead_time_days,attr.material,attr.surface,attr.grade,sku_code,variant.size,stock,tiers\n");
        string[] categories = ["bolts", "nuts", "screws"];
        string[] grades = ["8.8", "8", ""];
        string[] materials = ["碳钢", "不锈钢304", "合金钢"];
        string[] sizes = ["M6", "M8", "M10", "M12"];
        for (var row = 0; row < rows; row++)
        {
            var (product, sku) = (row / 4, row % 4);
            var category = product % 3;
            if (sku == 0)
            {
                csv.Append($"B{product},{categories[category]},批量导入紧固件 Bench Fastener {product},晋亿,box,10,10,5,{materials[product % 3]},镀锌,{grades[category]},");
            }
            else csv.Append($"B{product},,,,,,,,,,,");
            var price = 20 + product % 50;
            csv.Append($"BN-{product}-{sku},{sizes[sku]},{100 + row % 900},10:{price}.50;100:{price}.20;1000:{price - 1}.90\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
