using System.Security.Claims;

namespace SaaS.Companies;

/// <summary>What other modules may know of buyer companies: who a buyer acts for, and companies by credit code.</summary>
public interface ICompanyDirectory
{
    /// <summary>The company the signed-in user acts for, or null (anonymous, or a buyer without a company).</summary>
    Task<CompanyCard?> ForUserAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, CompanyCard>> ByCreditCodeAsync(IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, CompanyCard>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
