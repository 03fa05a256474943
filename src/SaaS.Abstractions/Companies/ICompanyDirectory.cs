using System.Security.Claims;

namespace SaaS.Companies;

/// <summary>What other modules may know of buyer companies: who a buyer acts for, and companies by credit code.</summary>
public interface ICompanyDirectory
{
    /// <summary>The company the signed-in user acts for, or null (anonymous, or a buyer without a company).</summary>
    Task<CompanyCard?> ForUserAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the signed-in user acts for a company the operator has verified: who may see what is for verified
    /// buyers only (prescription drugs). False for anonymous visitors, buyers without a company and unverified companies.
    /// </summary>
    Task<bool> IsVerifiedBuyerAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, CompanyCard>> ByCreditCodeAsync(IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, CompanyCard>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The companies the operator has verified, by name: whom the operator may give terms such as credit.</summary>
    Task<IReadOnlyList<CompanyCard>> VerifiedAsync(CancellationToken cancellationToken);

    /// <summary>The signed-in user as a member of their company, with their role; null when they act for none.</summary>
    Task<CompanyBuyer?> BuyerAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>An address of the company's book, or null when the company has no such address.</summary>
    Task<DeliveryAddress?> AddressAsync(Guid companyId, Guid addressId, CancellationToken cancellationToken);

    /// <summary>The company's address book, the default address first.</summary>
    Task<IReadOnlyList<DeliveryAddress>> AddressesAsync(Guid companyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<InvoiceTitleCard>> InvoiceTitlesAsync(Guid companyId, CancellationToken cancellationToken);

    /// <summary>An invoice title of the company, or null when the company has no such title.</summary>
    Task<InvoiceTitleCard?> InvoiceTitleAsync(Guid companyId, Guid invoiceTitleId, CancellationToken cancellationToken);

    /// <summary>The company's members with their roles (Purchaser, Approver, Finance, Admin); empty for an unknown company.</summary>
    Task<IReadOnlyList<CompanyBuyer>> MembersAsync(Guid companyId, CancellationToken cancellationToken);
}
