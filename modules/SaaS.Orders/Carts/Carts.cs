using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Catalog;
using SaaS.Companies;
using SaaS.Data;
using SaaS.Merchants;
using SaaS.Orders.Data;
using SaaS.Problems;

namespace SaaS.Orders.Carts;

/// <summary>
/// A buyer company's cart, shared by its members: lines grouped by merchant and priced at the tier their quantity
/// reaches, with the company's price lists applied. A line breaking MOQ, pack size or stock is refused as it is
/// added or changed, naming the field and why.
/// </summary>
public sealed partial class Carts(OrdersDbContext db, ICompanyDirectory companies, ICatalogLookup catalog, IMerchantDirectory merchants, ITenantDatabase database)
{
    public async Task<CartView> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        return await ViewAsync(buyer.Company, cancellationToken);
    }

    public async Task<CartView> AddAsync(ClaimsPrincipal user, CartItemRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.SkuId is null) errors["skuId"] = ["Choose a SKU."];
        if (request.Quantity is not > 0) errors["quantity"] = ["The quantity is a whole number above zero."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var sku = (await catalog.SkusAsync([request.SkuId!.Value], buyer.Company, cancellationToken)).GetValueOrDefault(request.SkuId.Value);
        if (sku is null || !sku.Orderable) throw new NotFoundException("skuId", "There is no such SKU on sale.");
        await AddLinesAsync(buyer.Company, [(sku, request.Quantity!.Value, "quantity")], [], cancellationToken);
        return await ViewAsync(buyer.Company, cancellationToken);
    }

    /// <summary>Adds every pasted line or none; unknown codes and bad quantities are reported line by line.</summary>
    public async Task<CartView> QuickAsync(ClaimsPrincipal user, QuickOrderRequest request, CancellationToken cancellationToken)
    {
        var rows = (request.Lines ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (rows.Count is 0 or > 200) throw new ValidationFailedException("lines", "Paste 1 to 200 lines of 'SKU code, quantity'.");
        var parsed = rows.Select(r => QuickLine().Match(r)).ToList();
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var codes = parsed.Where(m => m.Success).Select(m => m.Groups["code"].Value).ToList();
        var found = await catalog.SkusByCodeAsync(codes, buyer.Company, cancellationToken);
        var problems = new List<(string, int, string)>();
        var lines = new List<(OrderableSku, int, string)>();
        foreach (var (match, i) in parsed.Select((m, i) => (m, i)))
        {
            if (!match.Success)
            {
                problems.Add(($"lines[{i}]", 422, $"'{rows[i]}' is not 'SKU code, quantity'."));
                continue;
            }
            var code = match.Groups["code"].Value;
            if (found.GetValueOrDefault(code.ToUpperInvariant()) is not { Orderable: true } sku)
            {
                problems.Add(($"lines[{i}].code", 422, $"No SKU on sale has the code {code}."));
                continue;
            }
            lines.Add((sku, int.Parse(match.Groups["quantity"].Value, System.Globalization.CultureInfo.InvariantCulture), $"lines[{i}].quantity"));
        }
        await AddLinesAsync(buyer.Company, lines, problems, cancellationToken);
        return await ViewAsync(buyer.Company, cancellationToken);
    }

    /// <summary>
    /// Puts a past order's lines back in the cart at today's prices. Lines that can no longer be bought as they were
    /// (off sale, a new MOQ or pack size, short of stock) are skipped and said why, so the rest still goes in.
    /// </summary>
    public async Task<ReorderResult> ReorderAsync(ClaimsPrincipal user, Guid orderId, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var lines = await db.OrderLines.AsNoTracking().Where(l => l.OrderId == orderId && db.Orders.Any(o => o.Id == orderId && o.CompanyId == buyer.Company.Id))
            .OrderBy(l => l.Id).ToListAsync(cancellationToken);
        if (lines.Count == 0) throw new NotFoundException("id", "Your company has no such order.");
        var skus = await catalog.SkusAsync(lines.Select(l => l.SkuId).Distinct().ToList(), buyer.Company, cancellationToken);
        var inCart = await db.CartLines.AsNoTracking().Where(l => l.CompanyId == buyer.Company.Id).ToDictionaryAsync(l => l.SkuId, l => l.Quantity, cancellationToken);
        var adding = new List<(OrderableSku, int, string)>();
        var skipped = new List<ReorderSkip>();
        foreach (var line in lines)
        {
            var sku = skus.GetValueOrDefault(line.SkuId);
            if (LineCheck.Problem(sku, inCart.GetValueOrDefault(line.SkuId) + line.Quantity) is { } problem) skipped.Add(new ReorderSkip(line.SkuCode, problem.Message));
            else adding.Add((sku!, line.Quantity, line.SkuCode));
        }
        if (adding.Count > 0) await AddLinesAsync(buyer.Company, adding, [], cancellationToken);
        return new ReorderResult(adding.Count, skipped, await ViewAsync(buyer.Company, cancellationToken));
    }

    public async Task<CartView> UpdateAsync(ClaimsPrincipal user, Guid lineId, CartLineUpdate request, CancellationToken cancellationToken)
    {
        if (request.Quantity is <= 0) throw new ValidationFailedException("quantity", "The quantity is a whole number above zero; delete the line to remove it.");
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var line = await FindAsync(buyer.Company, lineId, cancellationToken);
        if (request.Quantity is { } quantity)
        {
            var sku = (await catalog.SkusAsync([line.SkuId], buyer.Company, cancellationToken)).GetValueOrDefault(line.SkuId);
            if (LineCheck.Problem(sku, quantity) is { } problem) throw new LinesRefusedException([("quantity", problem.Status, problem.Message)]);
            line.Quantity = quantity;
        }
        if (request.SavedForLater is { } saved) line.SavedForLater = saved;
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(buyer.Company, cancellationToken);
    }

    public async Task<CartView> RemoveAsync(ClaimsPrincipal user, Guid lineId, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        db.CartLines.Remove(await FindAsync(buyer.Company, lineId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(buyer.Company, cancellationToken);
    }

    private async Task<CartLine> FindAsync(CompanyCard company, Guid lineId, CancellationToken cancellationToken) =>
        await db.CartLines.SingleOrDefaultAsync(l => l.Id == lineId && l.CompanyId == company.Id, cancellationToken)
        ?? throw new NotFoundException("id", "There is no such line in your company's cart.");

    /// <summary>
    /// Adds quantities to the cart (onto a line of the same SKU when there is one), judging each resulting quantity;
    /// with the <paramref name="problems"/> already found, every refused line is reported at once and nothing is added.
    /// </summary>
    private async Task AddLinesAsync(CompanyCard company, IReadOnlyList<(OrderableSku Sku, int Quantity, string Field)> lines, List<(string, int, string)> problems, CancellationToken cancellationToken)
    {
        var skuIds = lines.Select(l => l.Sku.SkuId).Distinct().ToList();
        var existing = await db.CartLines.Where(l => l.CompanyId == company.Id && skuIds.Contains(l.SkuId)).ToDictionaryAsync(l => l.SkuId, cancellationToken);
        foreach (var (sku, quantity, field) in lines)
        {
            if (!existing.TryGetValue(sku.SkuId, out var line)) db.CartLines.Add(existing[sku.SkuId] = line = new CartLine { CompanyId = company.Id, SkuId = sku.SkuId });
            line.Quantity += quantity;
            line.SavedForLater = false;
            if (LineCheck.Problem(sku, line.Quantity) is { } problem) problems.Add((field, problem.Status, problem.Message));
        }
        if (problems.Count > 0) throw new LinesRefusedException(problems);
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<CartView> ViewAsync(CompanyCard company, CancellationToken cancellationToken)
    {
        var lines = await db.CartLines.AsNoTracking().Where(l => l.CompanyId == company.Id).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        var skus = await catalog.SkusAsync(lines.Select(l => l.SkuId).ToList(), company, cancellationToken);
        var views = lines.Select(l => View(l, skus.GetValueOrDefault(l.SkuId))).ToList();
        var merchantOf = lines.ToDictionary(l => l.Id, l => skus.GetValueOrDefault(l.SkuId)?.MerchantId ?? Guid.Empty);
        var names = await merchants.FindAsync(merchantOf.Values.Distinct().ToList(), cancellationToken);
        var groups = views.Where(v => !v.SavedForLater).GroupBy(v => merchantOf[v.Id])
            .Select(g => new CartMerchantGroup(g.Key, names.GetValueOrDefault(g.Key)?.Name ?? "", g.ToList(), g.Sum(v => v.LineTotal ?? 0)))
            .ToList();
        return new CartView(groups, views.Where(v => v.SavedForLater).ToList(), groups.Sum(g => g.Subtotal));
    }

    private static CartLineView View(CartLine line, OrderableSku? sku)
    {
        var problem = LineCheck.Problem(sku, line.Quantity);
        var priced = sku is { Orderable: true };
        return new CartLineView(line.Id, line.SkuId, sku?.Code ?? "", sku?.Title ?? "", sku?.Unit ?? "", line.Quantity, sku?.MinOrderQuantity ?? 1, sku?.OrderMultiple ?? 1,
            priced ? sku!.UnitPriceFor(line.Quantity) : null, priced ? LineCheck.LineTotal(sku!, line.Quantity) : null, line.SavedForLater, problem?.Message);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<code>[^,\s\t，]+)\s*[,\t，\s]\s*(?<quantity>\d{1,7})$")]
    private static partial System.Text.RegularExpressions.Regex QuickLine();
}
