namespace SaaS.Payments.Payments;

public enum PaymentState
{
    /// <summary>Started: waiting for the card, the remittance slip or the operator.</summary>
    Pending,

    /// <summary>A bank transfer's slip is in; the operator has to match it with the bank statement.</summary>
    Submitted,

    /// <summary>
    /// The operator found less on the bank statement than is due: what arrived is booked in buyer clearing and the
    /// orders wait; the payment succeeds when further confirmed amounts cover them.
    /// </summary>
    PartlyReceived,

    Succeeded,

    /// <summary>Given up: the buyer chose another way or the orders were cancelled first.</summary>
    Cancelled,
}
