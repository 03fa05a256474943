namespace SaaS.Orders.Rfqs;

/// <summary>An item of the quote form: what the buyer asked, the unit price typed (or quoted before), the message at it.</summary>
public sealed record QuoteFormLine(RfqItemView Item, string UnitPrice, string? Error);
