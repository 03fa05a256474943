using SaaS.Payments.BankTransfer;

namespace SaaS.Payments.Admin;

/// <summary>A refund of a bank-transfer order waiting for the operator to send it from the bank and record its reference.</summary>
public sealed record BankRefundRow(RefundView Refund, string? CompanyName, RowForm Sent);
