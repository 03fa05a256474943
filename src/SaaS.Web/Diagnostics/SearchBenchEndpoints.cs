using System.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using SaaS.Catalog.Data;
using SaaS.Catalog.Products;
using SaaS.Search.Indexing;
using SaaS.Search.Querying;
using SaaS.Tenancy;

namespace SaaS.Web.Diagnostics;

/// <summary>
/// Bench-only search yardsticks (mapped with the other <c>/_bench</c> endpoints, never in a normal deployment):
/// fill a tenant's catalog with many published products fast, and time the search service in-process.
/// </summary>
public static class SearchBenchEndpoints
{
    private const int Batch = 5000;

    public static void MapSearchBenchEndpoints(this RouteGroupBuilder bench)
    {
        // Copies of the tenant's published products (same categories, attributes and merchants, new titles, codes and
        // prices), inserted through the Catalog's context without per-row validation, then one reindex.
        bench.MapPost("/search/seed", async (string tenant, int products, TenantCatalog catalog, ShellHost shells, TenantScopeFactory scopes, CancellationToken ct) =>
        {
            var settings = catalog.Get(tenant);
            var shell = await shells.GetShellAsync(settings, ct);
            var clock = Stopwatch.StartNew();
            await using (var scope = scopes.Create(settings, shell))
            {
                var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
                var templates = await db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published).OrderBy(p => p.Id).ToListAsync(ct);
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                var now = DateTimeOffset.UtcNow;
                for (var start = 0; start < products; start += Batch)
                {
                    for (var i = start; i < Math.Min(products, start + Batch); i++)
                    {
                        var template = templates[i % templates.Count];
                        var price = decimal.Round(template.PriceFrom * (0.5m + i % 97 / 50m), 2);
                        var product = new Product
                        {
                            MerchantId = template.MerchantId, CategoryId = template.CategoryId, Slug = $"bench-{i:D7}",
                            Title = $"{template.Title} M{6 + i % 20}×{10 * (1 + i % 9)} 型号{i % 1000:D3}", Brand = template.Brand, Unit = template.Unit,
                            Attributes = template.Attributes, Status = ProductStatus.Published, PriceFrom = price, Stock = i % 7 == 0 ? 0 : 10 + i % 500,
                            CreatedUtc = now, UpdatedUtc = now, PublishedUtc = now.AddSeconds(-i),
                        };
                        var sku = new Sku { ProductId = product.Id, Code = $"BN-{i:D7}", Stock = product.Stock };
                        sku.Tiers.Add(new PriceTier { SkuId = sku.Id, MinQuantity = 1, UnitPrice = price });
                        product.Skus.Add(sku);
                        db.Products.Add(product);
                    }
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }
            }
            var inserted = clock.Elapsed;
            clock.Restart();
            int documents;
            await using (var scope = scopes.Create(settings, shell))
            {
                documents = await scope.ServiceProvider.GetRequiredService<IndexUpdater>().ReindexAsync(scope.ServiceProvider.GetRequiredService<IndexingTasks>(), ct);
            }
            return TypedResults.Ok(new { products, documents, insertSeconds = inserted.TotalSeconds, reindexSeconds = clock.Elapsed.TotalSeconds });
        });

        // Each round runs every query once through SearchService in its own tenant scope, as a request would; only
        // the service call is timed.
        bench.MapGet("/search/inprocess", async (string tenant, int rounds, HttpRequest http, TenantCatalog catalog, ShellHost shells, TenantScopeFactory scopes, CancellationToken ct) =>
        {
            var settings = catalog.Get(tenant);
            var shell = await shells.GetShellAsync(settings, ct);
            var queries = http.Query["query"].Select(q => new QueryCollection(QueryHelpers.ParseQuery(q))).ToList();
            var timings = new List<double>();
            var totals = new Dictionary<string, int>();
            var perQuery = new Dictionary<string, List<double>>();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var query in queries)
                {
                    await using var scope = scopes.Create(settings, shell);
                    var search = scope.ServiceProvider.GetRequiredService<SearchService>();
                    var request = SearchQueryString.Parse(query);
                    var started = Stopwatch.GetTimestamp();
                    var result = await search.SearchAsync(request, ct);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    timings.Add(elapsed);
                    var key = SearchQueryString.Format(request);
                    totals[key] = result.Total;
                    (perQuery.TryGetValue(key, out var list) ? list : perQuery[key] = []).Add(elapsed);
                }
            }
            timings.Sort();
            var queryFigures = perQuery.ToDictionary(q => q.Key, q =>
            {
                q.Value.Sort();
                return new { hits = totals[q.Key], p50 = NearestRank.Percentile(q.Value, 0.5), p95 = NearestRank.Percentile(q.Value, 0.95) };
            });
            return TypedResults.Ok(new { count = timings.Count, p50 = NearestRank.Percentile(timings, 0.5), p95 = NearestRank.Percentile(timings, 0.95), max = timings[^1], queries = queryFigures });
        });
    }
}
