namespace SaaS.Payments.Admin;

/// <summary>
/// The operator's bank-transfer desk: transfers waiting for the bank statement (slip in, or part received), surpluses
/// to send back and bank refunds to send; the forms only for <c>ManagePayments</c>.
/// </summary>
public sealed record TransfersModel(
    IReadOnlyList<TransferRow> Waiting, IReadOnlyList<TransferRow> Excess, IReadOnlyList<BankRefundRow> Refunds, bool CanManage, string? Message, string? Error);
