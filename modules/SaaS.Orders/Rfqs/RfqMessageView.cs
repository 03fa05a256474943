namespace SaaS.Orders.Rfqs;

/// <param name="Author">The buyer's e-mail, the merchant's name, or <c>system</c>.</param>
public sealed record RfqMessageView(DateTimeOffset AtUtc, string Side, string Author, string Kind, string? Body);
