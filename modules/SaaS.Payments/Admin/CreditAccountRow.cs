using SaaS.Payments.Credit;

namespace SaaS.Payments.Admin;

/// <summary>A company's credit account in the operator's list, with the form that records a repayment from the bank statement.</summary>
public sealed record CreditAccountRow(CreditAccountView Account, RowForm Repay);
