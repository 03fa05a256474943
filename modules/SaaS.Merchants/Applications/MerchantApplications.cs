using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SaaS.Accounts;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Enterprises;
using SaaS.Events;
using SaaS.Merchants.Data;
using SaaS.Merchants.Events;
using SaaS.Merchants.Merchants;
using SaaS.Merchants.Staff;
using SaaS.Merchants.Terms;
using SaaS.Problems;
using SaaS.Security;
using SaaS.Tenants;

namespace SaaS.Merchants.Applications;

/// <summary>
/// Merchant onboarding: an enterprise applies with its credit code and business licence; the operator approves
/// (creating the merchant and inviting its owner, in one transaction) or rejects with a reason.
/// </summary>
public sealed class MerchantApplications(
    MerchantsDbContext db,
    ITenant tenant,
    ITenantDatabase database,
    IUserInvitations invitations,
    MerchantRoles roles,
    MerchantTerms terms,
    IEventPublisher events,
    IAuditLog audit,
    TimeProvider clock)
{
    public const long MaxLicenceBytes = 10 * 1024 * 1024;

    private static readonly (string Extension, string ContentType, byte[] Magic)[] LicenceTypes =
    [
        ("pdf", "application/pdf", "%PDF-"u8.ToArray()),
        ("png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("jpg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
    ];

    public async Task<MerchantApplication> SubmitAsync(ApplicationForm form, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        ContactRules.Require("legalName", form.LegalName, 200, errors);
        ContactRules.Require("legalRepresentative", form.LegalRepresentative, 100, errors);
        ContactRules.Require("contactName", form.ContactName, 100, errors);
        ContactRules.Require("address", form.Address, 500, errors);
        ContactRules.Require("categories", form.Categories, 1000, errors);
        if (UnifiedSocialCreditCode.Problem(form.CreditCode) is { } codeProblem) errors["creditCode"] = [codeProblem];
        ContactRules.CheckMobile(form.Mobile, errors);
        ContactRules.CheckEmail(form.Email, errors);
        var industryLicences = await ReadIndustryLicencesAsync(form, errors, cancellationToken);
        var (licence, licenceType) = await ReadLicenceAsync(form, errors, cancellationToken);
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var code = form.CreditCode!;
        if (await db.Merchants.AnyAsync(m => m.CreditCode == code, cancellationToken)
            || await db.Applications.AnyAsync(a => a.CreditCode == code && a.Status != ApplicationStatus.Rejected, cancellationToken))
        {
            throw new ConflictException("creditCode", $"Credit code {code} already belongs to an applicant or merchant of this marketplace.");
        }

        var application = new MerchantApplication
        {
            Status = ApplicationStatus.Submitted,
            LegalName = form.LegalName!, CreditCode = code, LegalRepresentative = form.LegalRepresentative!,
            ContactName = form.ContactName!, Mobile = form.Mobile!, Email = form.Email!, Address = form.Address!,
            Categories = form.Categories!, LicenceFile = "licence." + licenceType.Extension, LicenceContentType = licenceType.ContentType,
            SubmittedUtc = clock.GetUtcNow(),
        };
        var folder = Folder(application.Id);
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, application.LicenceFile), licence!, cancellationToken);
        try
        {
            await using var transaction = await database.BeginTransactionAsync(cancellationToken);
            db.Applications.Add(application);
            foreach (var (requirement, number, expires) in industryLicences)
            {
                db.Licences.Add(new MerchantLicence { ApplicationId = application.Id, Code = requirement.Code, Name = requirement.Name, Number = number, ExpiresOn = expires });
            }
            await db.SaveChangesAsync(cancellationToken);
            await events.PublishAsync(new MerchantApplied(application.Id, application.LegalName, application.Email), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // Nothing half-saved: no row, no orphaned licence.
            Directory.Delete(folder, recursive: true);
            throw;
        }
        return application;
    }

    public async Task<IReadOnlyList<MerchantApplication>> ListAsync(ApplicationStatus? status, CancellationToken cancellationToken) =>
        await db.Applications.AsNoTracking()
            .Where(a => status == null || a.Status == status)
            // Version 7 ids grow with time, and unlike DateTimeOffset they sort on SQLite too.
            .OrderByDescending(a => a.Id)
            .ToListAsync(cancellationToken);

    public async Task<MerchantApplication> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException("id", "There is no such merchant application.");

    public async Task<(string Path, string ContentType)> LicenceAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await GetAsync(id, cancellationToken);
        return (Path.Combine(Folder(id), application.LicenceFile), application.LicenceContentType);
    }

    /// <summary>Creates the merchant and invites its owner (Merchant role) in one transaction.</summary>
    public async Task<Merchant> ApproveAsync(Guid id, string reviewer, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var application = await GetAsync(id, cancellationToken);
        RequireSubmitted(application, "approved");
        var ownerId = await invitations.InviteOrGrantAsync(application.Email, [Roles.Merchant], cancellationToken);
        await RequireNotActingForAMerchantAsync(ownerId, application.Email, cancellationToken);
        var merchant = new Merchant
        {
            Name = application.LegalName, CreditCode = application.CreditCode, Categories = application.Categories,
            OwnerUserId = ownerId, Status = MerchantStatus.Active, CreatedUtc = clock.GetUtcNow(),
            LegalRepresentative = application.LegalRepresentative, ContactName = application.ContactName,
            Mobile = application.Mobile, Email = application.Email, Address = application.Address,
        };
        db.Merchants.Add(merchant);
        db.Members.Add(new MerchantMember { MerchantId = merchant.Id, UserId = ownerId, Email = application.Email, IsOwner = true, JoinedUtc = clock.GetUtcNow() });
        await db.Licences.Where(l => l.ApplicationId == id).ExecuteUpdateAsync(l => l.SetProperty(x => x.MerchantId, merchant.Id), cancellationToken);
        application.Status = ApplicationStatus.Approved;
        application.ReviewedUtc = clock.GetUtcNow();
        application.ReviewedBy = reviewer;
        application.MerchantId = merchant.Id;
        await db.SaveChangesAsync(cancellationToken);
        await roles.EnsureTemplatesAsync(merchant.Id, cancellationToken);
        await audit.RecordAsync("merchant-application.approved", $"{application.LegalName} ({application.CreditCode})",
            nameof(ApplicationStatus.Submitted), nameof(ApplicationStatus.Approved), cancellationToken);
        await events.PublishAsync(new MerchantApproved(merchant.Id, merchant.Name, application.Email), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return merchant;
    }

    public async Task RejectAsync(Guid id, string? reason, string reviewer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new ValidationFailedException("reason", "Say why the application is rejected; the applicant will read it.");
        var application = await GetAsync(id, cancellationToken);
        RequireSubmitted(application, "rejected");
        application.Status = ApplicationStatus.Rejected;
        application.RejectionReason = reason.Trim();
        application.ReviewedUtc = clock.GetUtcNow();
        application.ReviewedBy = reviewer;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("merchant-application.rejected", $"{application.LegalName} ({application.CreditCode})",
            nameof(ApplicationStatus.Submitted), $"{nameof(ApplicationStatus.Rejected)}: {application.RejectionReason}", cancellationToken);
        await events.PublishAsync(new MerchantRejected(application.Id, application.LegalName, application.Email, application.RejectionReason), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Merchant>> DirectoryAsync(CancellationToken cancellationToken) =>
        await db.Merchants.AsNoTracking().Where(m => m.Status == MerchantStatus.Active).OrderBy(m => m.Name).ToListAsync(cancellationToken);

    /// <summary>A person acts for one merchant: an owner or staff member elsewhere cannot own this one too.</summary>
    private async Task RequireNotActingForAMerchantAsync(string userId, string email, CancellationToken cancellationToken)
    {
        if (await db.Members.AnyAsync(m => m.UserId == userId, cancellationToken))
        {
            throw new ConflictException("email", $"{email} already acts for a merchant of this marketplace; the applicant must give another e-mail.");
        }
    }

    private static void RequireSubmitted(MerchantApplication application, string verb)
    {
        if (application.Status != ApplicationStatus.Submitted)
        {
            throw new ConflictException("status", $"The application is {application.Status}; only a Submitted application can be {verb}.");
        }
    }

    private string Folder(Guid id) => Path.Combine(tenant.FilesPath, "Merchants", "Applications", id.ToString("N"));

    private static async Task<(byte[]? Bytes, (string Extension, string ContentType, byte[] Magic) Type)> ReadLicenceAsync(
        ApplicationForm form, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (form.Licence is null || form.Licence.Length == 0)
        {
            errors["licence"] = ["Upload the business licence (PDF, PNG or JPEG)."];
            return (null, default);
        }
        if (form.Licence.Length > MaxLicenceBytes)
        {
            errors["licence"] = [$"The licence may be at most {MaxLicenceBytes / 1024 / 1024} MB; this file is {form.Licence.Length / 1024 / 1024.0:0.0} MB."];
            return (null, default);
        }
        using var buffer = new MemoryStream();
        await form.Licence.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var type = LicenceTypes.FirstOrDefault(t => bytes.AsSpan().StartsWith(t.Magic));
        if (type.Extension is null) errors["licence"] = ["The licence must be a PDF, PNG or JPEG file."];
        return (bytes, type);
    }

    /// <summary>Every licence the marketplace requires, with a number and an expiry date still ahead.</summary>
    private async Task<IReadOnlyList<(LicenceRequirementView Requirement, string Number, DateOnly Expires)>> ReadIndustryLicencesAsync(ApplicationForm form, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var licences = new List<(LicenceRequirementView, string, DateOnly)>();
        foreach (var requirement in (await terms.RequirementsAsync(cancellationToken)).Licences)
        {
            var declared = form.IndustryLicences.GetValueOrDefault(requirement.Code);
            var field = $"licences.{requirement.Code}";
            if (string.IsNullOrWhiteSpace(declared?.Number) || declared.Number.Length > 100) errors[$"{field}.number"] = [$"Give the number of your {requirement.Name}."];
            if (!DateOnly.TryParseExact(declared?.ExpiresOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires))
            {
                errors[$"{field}.expiresOn"] = [$"Give the expiry date of your {requirement.Name} (yyyy-MM-dd)."];
            }
            else if (expires <= today) errors[$"{field}.expiresOn"] = [$"Your {requirement.Name} expired on {expires:yyyy-MM-dd}; renew it before applying."];
            else if (declared?.Number is { } number) licences.Add((requirement, number, expires));
        }
        return licences;
    }
}
