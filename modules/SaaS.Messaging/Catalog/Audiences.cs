namespace SaaS.Messaging.Catalog;

/// <summary>Whom a notification rule reaches. Each event says which of these it can name (its parties).</summary>
public static class Audiences
{
    /// <summary>The buyer who placed the order or asked for the quote.</summary>
    public const string Buyer = "buyer";

    /// <summary>The buyer company's approvers and admins.</summary>
    public const string CompanyApprovers = "company-approvers";

    /// <summary>The buyer company's finance members and admins.</summary>
    public const string CompanyFinance = "company-finance";

    /// <summary>The merchant's owner and the staff whose role grants the rule's permission.</summary>
    public const string MerchantTeam = "merchant-team";

    /// <summary>The marketplace's operators (the Administrator role).</summary>
    public const string Operators = "operators";

    /// <summary>The person who applied to sell, by the e-mail on the application (they have no account yet).</summary>
    public const string Applicant = "applicant";

    public static readonly IReadOnlyList<string> All = [Buyer, CompanyApprovers, CompanyFinance, MerchantTeam, Operators, Applicant];
}
