namespace SaaS.Companies.Companies;

/// <summary>What a member may do for their company.</summary>
public enum CompanyRole
{
    Purchaser,
    Approver,
    Finance,
    Admin,
}
