namespace SaaS.Messaging.Outbox;

/// <summary>
/// Something that happened, as messaging tells it: the catalog event, what makes this occurrence unique (the order
/// and its new state), the payload templates read, and the parties it concerns, who alone may hear of it.
/// </summary>
/// <param name="Links">Where each audience goes to act on it (a path in the marketplace): the buyer to their order, the merchant to its desk.</param>
public sealed record Occurrence(string Event, string Key, IReadOnlyDictionary<string, object?> Payload, Parties Parties, IReadOnlyDictionary<string, string> Links);

public sealed record Parties(string? BuyerUserId = null, Guid? CompanyId = null, Guid? MerchantId = null, string? ApplicantEmail = null);
