using Microsoft.EntityFrameworkCore;
using SaaS.Payments.Data;

namespace SaaS.Payments.Credit;

/// <summary>
/// Settles a company's open invoices with money that lowers what it owes (a repayment, a credit note): the invoices
/// named first, then the oldest. What is left over (a credit note on an invoice repaid already) settles nothing and
/// stays a credit on the company's receivable account.
/// </summary>
public sealed class CreditInvoices(PaymentsDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<(CreditInvoice Invoice, decimal Amount)>> SettleAsync(
        Guid companyId, decimal amount, string sourceType, Guid sourceId, IReadOnlyCollection<Guid> first, CancellationToken cancellationToken)
    {
        var open = await db.CreditInvoices.Where(i => i.CompanyId == companyId && i.State == CreditInvoiceState.Open).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var settled = new List<(CreditInvoice, decimal)>();
        // A stable sort: named invoices first, each group oldest first (ids are version 7, in issue order).
        foreach (var invoice in open.OrderBy(i => first.Contains(i.Id) ? 0 : 1))
        {
            if (amount == 0) break;
            var taken = invoice.Settle(amount);
            amount -= taken;
            settled.Add((invoice, taken));
            db.InvoiceSettlements.Add(new InvoiceSettlement { InvoiceId = invoice.Id, SourceType = sourceType, SourceId = sourceId, Amount = taken, SettledUtc = clock.GetUtcNow() });
        }
        await db.SaveChangesAsync(cancellationToken);
        return settled;
    }

    /// <summary>A refund of an order bought on credit settles that order's invoice first.</summary>
    public async Task CreditNoteAsync(Guid companyId, Guid orderId, Guid refundId, decimal amount, CancellationToken cancellationToken)
    {
        var invoice = await db.CreditInvoices.Where(i => i.OrderId == orderId).Select(i => i.Id).ToListAsync(cancellationToken);
        await SettleAsync(companyId, amount, InvoiceSettlement.CreditNote, refundId, invoice, cancellationToken);
    }
}
