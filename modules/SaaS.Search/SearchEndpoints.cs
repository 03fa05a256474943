using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Companies;
using SaaS.Problems;
using SaaS.Search.Index;
using SaaS.Search.Indexing;
using SaaS.Search.Querying;
using SaaS.Search.Storefront;
using SaaS.Search.Synonyms;
using SaaS.Security;
using SaaS.Tenants;
using SaaS.Themes;

namespace SaaS.Search;

/// <summary>The search API, the suggestion API, the operator's index and synonym calls, and the storefront page.</summary>
public static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapGet("/api/search", async (HttpContext http, SearchService search, ICompanyDirectory companies) =>
            TypedResults.Ok(await search.SearchAsync(SearchQueryString.Parse(http.Request.Query) with
            {
                VerifiedBuyer = await companies.IsVerifiedBuyerAsync(http.User, http.RequestAborted),
            }, http.RequestAborted)));
        tenantRoutes.MapGet("/api/search/suggest", async (string? q, HttpContext http, SearchService search, ICompanyDirectory companies) =>
            TypedResults.Ok(new { suggestions = await search.SuggestAsync(q, await companies.IsVerifiedBuyerAsync(http.User, http.RequestAborted), http.RequestAborted) }));

        var admin = tenantRoutes.MapGroup("/api/admin/search").RequirePermission(SearchPermissions.ManageSearch);
        admin.MapPost("/reindex", async (IndexUpdater updater, IndexingTasks tasks, CancellationToken ct) =>
            TypedResults.Ok(new { documents = await updater.ReindexAsync(tasks, ct) }));
        admin.MapGet("/status", async (ITenant tenant, TenantIndexes indexes, SearchService search, CancellationToken ct) =>
        {
            await search.LookupsAsync(ct);
            var index = indexes.Get(tenant);
            return TypedResults.Ok(new { documents = index.DocumentCount, cursor = index.Cursor });
        });
        admin.MapGet("/synonyms", async (SynonymService synonyms, CancellationToken ct) => TypedResults.Ok(new { synonyms = await synonyms.ListAsync(ct) }));
        admin.MapPut("/synonyms", async (SynonymsBody body, SynonymService synonyms, CancellationToken ct) =>
        {
            await synonyms.ReplaceAsync(body.Synonyms, ct);
            return TypedResults.Ok(new { synonyms = await synonyms.ListAsync(ct) });
        });

        tenantRoutes.MapGet("/search", async (HttpContext http, SearchService search, IStorefrontRenderer renderer, ICompanyDirectory companies) =>
        {
            var ct = http.RequestAborted;
            var q = http.Request.Query["q"].ToString();
            SearchPageModel model;
            try
            {
                var request = SearchQueryString.Parse(http.Request.Query) with { VerifiedBuyer = await companies.IsVerifiedBuyerAsync(http.User, ct) };
                model = SearchPageModel.From(request, await search.SearchAsync(request, ct), await search.LookupsAsync(ct));
            }
            catch (ValidationFailedException invalid)
            {
                model = SearchPageModel.Failed(q, string.Join(" ", invalid.Errors.SelectMany(e => e.Value)));
            }
            return await renderer.RenderAsync("Search", model, q.Length > 0 ? q : "Search");
        });
    }
}
