namespace SaaS.Orders.Rfqs;

/// <summary>The merchant's (latest) quote: its total, the last day it may be accepted, and its terms.</summary>
public sealed record RfqQuoteView(decimal Total, DateOnly ValidUntil, string? Terms, DateTimeOffset QuotedUtc);
