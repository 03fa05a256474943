using SaaS.Companies;

namespace SaaS.Orders.Storefront;

public sealed record AddressChoice(DeliveryAddress Address, bool Selected);
