using SaaS.Payments.Storefront;

namespace SaaS.Payments.Admin;

/// <summary>A company's monthly credit statement as the operator reads it, with the other months it has.</summary>
public sealed record CreditStatementModel(Guid CompanyId, string CompanyName, IReadOnlyList<string> Months, CreditStatementSheet Statement);
