namespace SaaS.Payments.Credit;

public enum CreditInvoiceState
{
    Open,
    Paid,
}
