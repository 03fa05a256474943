namespace SaaS.Payments.Credit;

/// <summary>
/// What a company owes for one order bought on credit, due <c>NetDays</c> after it was issued. Repayments and
/// credit notes (refunds of credit orders) settle it; it is overdue while its due day has passed and it is not settled.
/// </summary>
public sealed class CreditInvoice
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>What people quote on the phone: <c>INV-yyyyMMdd-XXXXXX</c>.</summary>
    public required string Number { get; init; }

    public Guid CompanyId { get; init; }

    public Guid OrderId { get; init; }

    public Guid MerchantId { get; init; }

    public decimal Amount { get; init; }

    public decimal Settled { get; private set; }

    public DateTimeOffset IssuedUtc { get; init; }

    /// <summary>The marketplace's day it was issued on.</summary>
    public DateOnly IssuedOn { get; init; }

    public DateOnly DueOn { get; init; }

    public CreditInvoiceState State { get; private set; }

    public decimal Open => Amount - Settled;

    public bool OverdueOn(DateOnly today) => State == CreditInvoiceState.Open && DueOn < today;

    /// <summary>Takes up to <paramref name="amount"/> against what is open; returns what it took.</summary>
    public decimal Settle(decimal amount)
    {
        var taken = Math.Min(amount, Open);
        Settled += taken;
        if (Open == 0) State = CreditInvoiceState.Paid;
        return taken;
    }
}
