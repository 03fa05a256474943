using System.Globalization;
using Microsoft.AspNetCore.Http;
using SaaS.Orders.AfterSales;
using SaaS.Problems;

namespace SaaS.Orders.Desk;

/// <summary>
/// What the merchant posted for one after-sales request (a refund amount, a reason for rejecting) and the
/// desk's messages for it, shown again on that request's card.
/// </summary>
public sealed record AfterSalesForm(Guid RequestId, string? RefundAmount, string? Reason, IReadOnlyDictionary<string, string> Errors)
{
    public static AfterSalesForm Posted(Guid requestId, IFormCollection form) =>
        new(requestId, form["refundAmount"].ToString().Trim(), form["reason"], new Dictionary<string, string>());

    /// <summary>The amount typed, null when left empty; text that is no amount is refused here, at its field.</summary>
    public decimal? Amount() =>
        string.IsNullOrEmpty(RefundAmount) ? null
        : decimal.TryParse(RefundAmount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? amount
        : throw new ValidationFailedException("refundAmount", "Write the amount in yuan, such as 30.00.");

    public AfterSalesForm WithErrors(ProblemException problem) =>
        this with { Errors = problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)) };
}
