using System.Collections.Concurrent;
using System.Text;
using SaaS.Tenancy;

namespace SaaS.Web.Diagnostics;

/// <summary>
/// Yardsticks for bench/: a bare endpoint answering a fixed HTML string of a chosen size, and the process's
/// allocation counter. Mapped only when <c>SaaS:BenchEndpoints</c> is true, never in a normal deployment.
/// </summary>
public static class BenchEndpoints
{
    private static readonly ConcurrentDictionary<int, string> FixedPages = new();

    public static void MapBenchEndpoints(this IEndpointRouteBuilder app)
    {
        var bench = app.MapGroup("/_bench").WithMetadata(HostEndpoint.Instance);
        bench.MapGet("/fixed-html", (int bytes) =>
            TypedResults.Content(FixedPages.GetOrAdd(Math.Clamp(bytes, 1, 1 << 20), Page), "text/html; charset=utf-8"));
        bench.MapGet("/allocated", () => TypedResults.Ok(new { allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) }));
        bench.MapSearchBenchEndpoints();
        bench.MapLedgerBenchEndpoints();
        bench.MapMessagingBenchEndpoints();
    }

    private static string Page(int bytes)
    {
        var page = new StringBuilder("<!DOCTYPE html><html><body>");
        while (page.Length < bytes - "</body></html>".Length) page.Append('x');
        return page.Append("</body></html>").ToString();
    }
}
