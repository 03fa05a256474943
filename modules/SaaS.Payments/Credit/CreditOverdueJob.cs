using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Data;
using SaaS.Events;
using SaaS.Jobs;
using SaaS.Orders.Orders;
using SaaS.Payments.Data;
using SaaS.Payments.Events;

namespace SaaS.Payments.Credit;

/// <summary>
/// Announces credit invoices past their due date. Every tick announces every overdue invoice again: listeners key
/// what they do by the invoice (messaging sends one reminder per invoice), so a repeated tick changes nothing.
/// </summary>
public sealed class CreditOverdueJob : ITenantJob
{
    public string Name => "credit-overdue";

    public string? FeatureId => Manifest.PaymentsFeature;

    public async Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var db = tenantServices.GetRequiredService<PaymentsDbContext>();
        var today = tenantServices.GetRequiredService<MarketplaceCalendar>().Today;
        var overdue = await db.CreditInvoices.AsNoTracking()
            .Where(i => i.State == CreditInvoiceState.Open && i.DueOn < today).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var events = tenantServices.GetRequiredService<IEventPublisher>();
        var database = tenantServices.GetRequiredService<ITenantDatabase>();
        foreach (var invoice in overdue)
        {
            await using var transaction = await database.BeginTransactionAsync(cancellationToken);
            await events.PublishAsync(new CreditInvoiceOverdue(invoice.Id, invoice.Number, invoice.CompanyId, invoice.OrderId, invoice.Open, invoice.DueOn), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
