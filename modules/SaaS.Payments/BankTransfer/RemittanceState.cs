namespace SaaS.Payments.BankTransfer;

public enum RemittanceState
{
    Submitted,
    Confirmed,
    Rejected,
}
