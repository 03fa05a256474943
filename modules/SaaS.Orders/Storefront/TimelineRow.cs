namespace SaaS.Orders.Storefront;

/// <summary>A step of the order's history as the buyer reads it, at its time in the marketplace's zone.</summary>
/// <param name="Who">A member's e-mail, the merchant's name, or null for the marketplace itself (payments, expiry).</param>
/// <param name="Action">The step in words, translated by the view.</param>
public sealed record TimelineRow(DateTimeOffset At, string? Who, string Action, string StateLabel, string? Detail);
