using SaaS.Events;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Outbox;
using SaaS.Payments.Events;

namespace SaaS.Messaging.Sources;

/// <summary>Payments' events as messages: a payout reached the merchant; a credit invoice is overdue (one reminder per invoice).</summary>
public sealed class MoneyMessages(Notifier notifier, Parts parts) : IEventHandler<PayoutSent>, IEventHandler<CreditInvoiceOverdue>
{
    public async Task HandleAsync(PayoutSent sent, CancellationToken cancellationToken)
    {
        var payload = new Dictionary<string, object?>
        {
            ["merchant"] = await parts.MerchantAsync(sent.MerchantId, cancellationToken),
            ["payout"] = new Dictionary<string, object?> { ["amount"] = sent.Amount, ["method"] = sent.Method, ["reference"] = sent.Reference },
        };
        await notifier.NotifyAsync(new Occurrence("settlement.paid", sent.PayoutId.ToString(), payload, new Parties(MerchantId: sent.MerchantId),
            new Dictionary<string, string> { [Audiences.MerchantTeam] = "/merchant/finance", [Audiences.Operators] = "/admin/payments/settlements" }), cancellationToken);
    }

    public async Task HandleAsync(CreditInvoiceOverdue overdue, CancellationToken cancellationToken)
    {
        var payload = new Dictionary<string, object?>
        {
            ["company"] = await parts.CompanyAsync(overdue.CompanyId, cancellationToken),
            ["invoice"] = new Dictionary<string, object?> { ["number"] = overdue.Number, ["open"] = overdue.Open, ["due_on"] = overdue.DueOn.ToString("yyyy-MM-dd") },
        };
        await notifier.NotifyAsync(new Occurrence("credit.overdue", overdue.InvoiceId.ToString(), payload, new Parties(CompanyId: overdue.CompanyId),
            new Dictionary<string, string>
            {
                [Audiences.CompanyFinance] = "/account/credit", [Audiences.CompanyApprovers] = "/account/credit", [Audiences.Operators] = "/admin/payments/credit",
            }), cancellationToken);
    }
}
