using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Decoration.Pages;
using SaaS.Merchants;
using SaaS.Problems;
using SaaS.Recipes;

namespace SaaS.Decoration.Recipes;

/// <summary>
/// <c>{ "name": "pages", "pages": [{ "shop": "&lt;credit code&gt;", "page": "home", "title": "…", "blocks": [{type, settings}],
/// "appearance": {logoUrl, bannerUrl, brandColor, navigation} }] }</c>: decorated pages, published as version 1.
/// Without <c>shop</c> the page is the marketplace's own (its home, about, terms, help …).
/// </summary>
public sealed class PagesStep : IRecipeStep
{
    public string Name => "pages";

    public string? FeatureId => Manifest.DecorationFeature;

    public void Validate(RecipeStepValidation validation)
    {
        if (!validation.Step.TryGetProperty("pages", out var pages) || pages.ValueKind != JsonValueKind.Array)
        {
            validation.Error("pages", "'pages' is required: an array of {shop?, page, title, blocks}.");
            return;
        }
        var index = 0;
        foreach (var page in pages.EnumerateArray())
        {
            var path = $"pages[{index++}]";
            if (page.ValueKind != JsonValueKind.Object || !page.TryGetProperty("page", out var slug) || slug.ValueKind != JsonValueKind.String)
            {
                validation.Error($"{path}.page", "Each entry needs 'page', the page's name such as 'home' or 'about'.");
            }
            if (page.ValueKind == JsonValueKind.Object && page.TryGetProperty("blocks", out var blocks) && blocks.ValueKind != JsonValueKind.Array)
            {
                validation.Error($"{path}.blocks", "'blocks' must be an array of {type, settings}.");
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var services = execution.Services;
        var pages = services.GetRequiredService<PageService>();
        var index = 0;
        foreach (var page in execution.Step.GetProperty("pages").EnumerateArray())
        {
            var path = $"pages[{index++}]";
            try
            {
                var owner = DecoratedPage.Marketplace;
                if (page.TryGetProperty("shop", out var shop) && shop.GetString() is { } creditCode)
                {
                    owner = (await services.GetRequiredService<IMerchantDirectory>().OwnerByCreditCodeAsync(creditCode, cancellationToken))?.MerchantId
                        ?? throw new ValidationFailedException("shop", $"No merchant has the credit code {creditCode}; add it with a 'merchants' step first.");
                }
                var slug = page.GetProperty("page").GetString()!;
                var blocks = page.TryGetProperty("blocks", out var given) ? given.Deserialize<List<BlockInput>>(PageService.Json) : [];
                var title = page.TryGetProperty("title", out var t) ? t.GetString() : null;
                await pages.SaveDraftAsync(owner, slug, new PageDraftRequest(title, blocks), cancellationToken);
                await pages.PublishAsync(owner, slug, "recipe", cancellationToken);
                if (page.TryGetProperty("appearance", out var look) && owner != DecoratedPage.Marketplace)
                {
                    await services.GetRequiredService<ShopAppearances>().SaveAsync(owner, look.Deserialize<AppearanceRequest>(PageService.Json)!, cancellationToken);
                }
            }
            catch (ValidationFailedException problem)
            {
                // Named as the recipe author wrote them: pages[3].blocks[1].settings.image.
                throw new ValidationFailedException(problem.Errors.ToDictionary(e => $"{path}.{e.Key}", e => e.Value));
            }
        }
    }
}
