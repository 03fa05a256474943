using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Companies.Companies;
using SaaS.Companies.Data;
using SaaS.Data;
using SaaS.Problems;

namespace SaaS.Companies.Verification;

/// <summary>
/// The operator's check that a buyer company is who it says it is, and the marketplace setting that asks for it.
/// Other modules ask <see cref="IsVerifiedAsync"/> before granting what only verified companies get (credit terms).
/// </summary>
public sealed class CompanyVerification(CompaniesDbContext db, ITenantDatabase database, IAuditLog audit, TimeProvider clock)
{
    public async Task<bool> IsVerifiedAsync(Guid companyId, CancellationToken cancellationToken = default) =>
        await db.Companies.AnyAsync(c => c.Id == companyId && c.VerificationStatus == VerificationStatus.Verified, cancellationToken);

    public async Task<bool> IsRequiredAsync(CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().Where(s => s.Id == CompanySettings.SingletonId).Select(s => s.RequireVerification).SingleOrDefaultAsync(cancellationToken);

    public async Task SetRequiredAsync(bool required, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var before = await IsRequiredAsync(cancellationToken);
        if (before == required) return;
        await ApplySettingAsync(db, required, cancellationToken);
        await audit.RecordAsync("companies.settings-changed", "Companies require verification", before.ToString(), required.ToString(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Writes the setting without a transaction or audit entry of its own: for recipes, which bring both.</summary>
    public static async Task ApplySettingAsync(CompaniesDbContext db, bool required, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.SingleOrDefaultAsync(s => s.Id == CompanySettings.SingletonId, cancellationToken);
        if (settings is null) db.Settings.Add(new CompanySettings { RequireVerification = required });
        else settings.RequireVerification = required;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Company>> ListAsync(VerificationStatus? status, CancellationToken cancellationToken) =>
        await db.Companies.AsNoTracking()
            .Where(c => status == null || c.VerificationStatus == status)
            // Version 7 ids grow with time, and unlike DateTimeOffset they sort on SQLite too.
            .OrderByDescending(c => c.Id)
            .ToListAsync(cancellationToken);

    public async Task<(Company Company, IReadOnlyList<MemberView> Members)> DetailsAsync(Guid id, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("id", "There is no such company.");
        var members = await db.Members.AsNoTracking().Where(m => m.CompanyId == id).OrderBy(m => m.Email).ToListAsync(cancellationToken);
        return (company, members.Select(MemberView.From).ToList());
    }

    public async Task<Company> VerifyAsync(Guid id, string reviewer, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var company = await FindAsync(id, cancellationToken);
        var before = Describe(company);
        RequireNot(company, VerificationStatus.Verified);
        company.VerificationStatus = VerificationStatus.Verified;
        company.RejectionReason = null;
        Reviewed(company, reviewer);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("company.verified", Subject(company), before, Describe(company), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return company;
    }

    /// <summary>Refuses verification, or withdraws it, with a reason the company's members will read.</summary>
    public async Task<Company> RejectAsync(Guid id, string? reason, string reviewer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new ValidationFailedException("reason", "Say why the company is not verified; its members will read it.");
        if (reason.Trim().Length > 1000) throw new ValidationFailedException("reason", "The reason may have at most 1000 characters.");
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var company = await FindAsync(id, cancellationToken);
        var before = Describe(company);
        RequireNot(company, VerificationStatus.Rejected);
        company.VerificationStatus = VerificationStatus.Rejected;
        company.RejectionReason = reason.Trim();
        Reviewed(company, reviewer);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("company.verification-rejected", Subject(company), before, Describe(company), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return company;
    }

    private async Task<Company> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Companies.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("id", "There is no such company.");

    private void Reviewed(Company company, string reviewer)
    {
        company.ReviewedBy = reviewer;
        company.ReviewedUtc = clock.GetUtcNow();
    }

    private static void RequireNot(Company company, VerificationStatus status)
    {
        if (company.VerificationStatus == status) throw new ConflictException("status", $"The company is already {status}.");
    }

    private static string Subject(Company company) => $"{company.Name} ({company.CreditCode})";

    private static string Describe(Company company) =>
        company.RejectionReason is { } reason ? $"{company.VerificationStatus}: {reason}" : company.VerificationStatus.ToString();
}
