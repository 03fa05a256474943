using SaaS.Companies;

namespace SaaS.Orders.Storefront;

public sealed record InvoiceTitleChoice(InvoiceTitleCard Title, bool Selected);
