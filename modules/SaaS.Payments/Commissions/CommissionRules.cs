using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Catalog;
using SaaS.Data;
using SaaS.Merchants;
using SaaS.Payments.Data;
using SaaS.Problems;

namespace SaaS.Payments.Commissions;

/// <summary>
/// The operator's commission rules. Two rules for the same merchant and category may not be in effect on the
/// same day; a rule that has priced order lines is ended (given an end date), never deleted, so statements keep
/// naming it.
/// </summary>
public sealed class CommissionRules(PaymentsDbContext db, ITenantDatabase database, IAuditLog audit, ICatalogLookup catalog, IMerchantDirectory merchants)
{
    public async Task<IReadOnlyList<CommissionRule>> ListAsync(CancellationToken cancellationToken) =>
        await db.CommissionRules.AsNoTracking().OrderBy(r => r.MerchantId).ThenBy(r => r.CategoryId).ThenBy(r => r.EffectiveFrom).ToListAsync(cancellationToken);

    public async Task<CommissionRule> CreateAsync(CommissionRuleRequest request, CancellationToken cancellationToken)
    {
        var rule = new CommissionRule();
        await SaveAsync(rule, request, isNew: true, cancellationToken);
        return rule;
    }

    public async Task<CommissionRule> UpdateAsync(Guid id, CommissionRuleRequest request, CancellationToken cancellationToken)
    {
        var rule = await db.CommissionRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException("id", "There is no such commission rule.");
        await SaveAsync(rule, request, isNew: false, cancellationToken);
        return rule;
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var rule = await db.CommissionRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException("id", "There is no such commission rule.");
        if (await db.LineCommissions.AnyAsync(l => l.RuleId == id, cancellationToken))
        {
            throw new ConflictException("id", "This rule has priced order lines; give it an end date instead of deleting it.");
        }
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.CommissionRules.Remove(rule);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("commission-rule.delete", id.ToString(), Describe(rule), null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SaveAsync(CommissionRule rule, CommissionRuleRequest request, bool isNew, CancellationToken cancellationToken)
    {
        Validate(request);
        if (request.MerchantId is { } merchantId && !(await merchants.FindAsync([merchantId], cancellationToken)).ContainsKey(merchantId))
        {
            throw new UnprocessableException("merchantId", "There is no such merchant.");
        }
        if (request.CategoryId is { } categoryId && (await catalog.CategoryPathsAsync([categoryId], cancellationToken))[categoryId].Count == 0)
        {
            throw new UnprocessableException("categoryId", "There is no such category.");
        }
        var before = isNew ? null : Describe(rule);
        rule.MerchantId = request.MerchantId;
        rule.CategoryId = request.CategoryId;
        rule.RatePercent = request.RatePercent!.Value;
        rule.MinimumPerLine = request.MinimumPerLine ?? 0;
        rule.EffectiveFrom = request.EffectiveFrom!.Value;
        rule.EffectiveTo = request.EffectiveTo;
        rule.Note = request.Note?.Trim() ?? "";
        var siblings = await db.CommissionRules.AsNoTracking()
            .Where(r => r.Id != rule.Id && r.MerchantId == rule.MerchantId && r.CategoryId == rule.CategoryId).ToListAsync(cancellationToken);
        if (siblings.FirstOrDefault(rule.Overlaps) is { } clash)
        {
            throw new ConflictException("effectiveFrom",
                $"Another rule for the same merchant and category is in effect from {clash.EffectiveFrom:yyyy-MM-dd}{(clash.EffectiveTo is { } to ? $" until {to:yyyy-MM-dd}" : "")}; end it first.");
        }
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        if (isNew) db.CommissionRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(isNew ? "commission-rule.create" : "commission-rule.update", rule.Id.ToString(), before, Describe(rule), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void Validate(CommissionRuleRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.RatePercent is not { } rate || rate < 0 || rate > 100 || decimal.Round(rate, 2) != rate) errors["ratePercent"] = ["The rate is a percentage from 0 to 100 with at most two decimals."];
        if (request.MinimumPerLine is { } minimum && (minimum < 0 || decimal.Round(minimum, 2) != minimum)) errors["minimumPerLine"] = ["The minimum per line is zero or more, with at most two decimals."];
        if (request.EffectiveFrom is null) errors["effectiveFrom"] = ["Say from which day the rule applies."];
        if (request.EffectiveTo is { } to && request.EffectiveFrom is { } from && to <= from) errors["effectiveTo"] = ["The end date comes after the start date."];
        if (request.Note?.Length > 200) errors["note"] = ["A note has at most 200 characters."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }

    private static string Describe(CommissionRule rule) =>
        $"merchant {rule.MerchantId?.ToString() ?? "any"} category {rule.CategoryId?.ToString() ?? "any"} {rule.RatePercent}% min {rule.MinimumPerLine} from {rule.EffectiveFrom:yyyy-MM-dd} to {rule.EffectiveTo?.ToString("yyyy-MM-dd") ?? "open"}";
}
