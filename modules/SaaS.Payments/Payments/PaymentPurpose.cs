namespace SaaS.Payments.Payments;

public enum PaymentPurpose
{
    Orders,
    Deposit,
}
