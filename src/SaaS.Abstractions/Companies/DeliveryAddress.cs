namespace SaaS.Companies;

/// <summary>An entry of a company's address book, as an order keeps a copy of it.</summary>
public sealed record DeliveryAddress(Guid Id, string Label, string Recipient, string Phone, string Region, string Street);
