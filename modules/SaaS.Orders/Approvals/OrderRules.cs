using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Companies;
using SaaS.Orders.Data;
using SaaS.Problems;

namespace SaaS.Orders.Approvals;

/// <summary>A company's approval threshold: any member reads it, only its admins change it; null means no approval.</summary>
public sealed class OrderRules(OrdersDbContext db, ICompanyDirectory companies)
{
    public async Task<OrderRuleRequest> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var rule = await db.CompanyOrderRules.AsNoTracking().SingleOrDefaultAsync(r => r.CompanyId == buyer.Company.Id, cancellationToken);
        return new OrderRuleRequest(rule?.ApprovalThreshold);
    }

    public async Task<OrderRuleRequest> SaveAsync(ClaimsPrincipal user, OrderRuleRequest request, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        if (buyer.Role != CompanyBuyer.AdminRole) throw new ForbiddenException("role", $"Your role ({buyer.Role}) may not change approval rules; ask an Admin.");
        if (request.ApprovalThreshold is { } t && (t < 0 || decimal.Round(t, 2) != t)) throw new ValidationFailedException("approvalThreshold", "The threshold is an amount of zero or more with at most two decimals.");
        var rule = await db.CompanyOrderRules.SingleOrDefaultAsync(r => r.CompanyId == buyer.Company.Id, cancellationToken);
        if (rule is null) db.CompanyOrderRules.Add(rule = new CompanyOrderRule { CompanyId = buyer.Company.Id });
        rule.ApprovalThreshold = request.ApprovalThreshold;
        await db.SaveChangesAsync(cancellationToken);
        return new OrderRuleRequest(rule.ApprovalThreshold);
    }
}
