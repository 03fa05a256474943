using SaaS.Messaging;
using Microsoft.AspNetCore.WebUtilities;
using System.Text;
using System.Security.Cryptography;
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
    IMail mail,
    ITenantLinks links,
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

    /// <summary>
    /// Saves an application. A draft needs only an e-mail (to mail the link that resumes it) and keeps whatever
    /// else is filled in; submitting checks everything. A draft is continued with its id and resume token.
    /// </summary>
    public async Task<SavedApplication> SaveAsync(ApplicationForm form, CancellationToken cancellationToken)
    {
        var draft = form.DraftId is { } draftId ? await FindDraftAsync(draftId, form.DraftToken, cancellationToken) : null;
        var submitting = !form.SaveAsDraft;
        var errors = new Dictionary<string, string[]>();
        ContactRules.CheckEmail(form.Email, errors);
        if (submitting)
        {
            ContactRules.Require("legalName", form.LegalName, 200, errors);
            ContactRules.Require("legalRepresentative", form.LegalRepresentative, 100, errors);
            ContactRules.Require("contactName", form.ContactName, 100, errors);
            ContactRules.Require("address", form.Address, 500, errors);
            ContactRules.Require("categories", form.Categories, 1000, errors);
        }
        if ((submitting || form.CreditCode is not null) && UnifiedSocialCreditCode.Problem(form.CreditCode) is { } codeProblem) errors["creditCode"] = [codeProblem];
        if (submitting || form.Mobile is not null) ContactRules.CheckMobile(form.Mobile, errors);
        var industryLicences = await ReadIndustryLicencesAsync(form, submitting, errors, cancellationToken);
        var (licence, licenceType) = await ReadLicenceAsync(form, required: submitting && string.IsNullOrEmpty(draft?.LicenceFile), errors, cancellationToken);
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var code = form.CreditCode ?? "";
        var selfId = draft?.Id ?? Guid.Empty;
        if (code.Length > 0 && (await db.Merchants.AnyAsync(m => m.CreditCode == code, cancellationToken)
            || (submitting && await db.Applications.AnyAsync(a => a.CreditCode == code && a.Id != selfId
                && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Draft, cancellationToken))))
        {
            throw new ConflictException("creditCode", $"Credit code {code} already belongs to an applicant or merchant of this marketplace.");
        }

        var application = draft ?? new MerchantApplication();
        var resumeToken = draft is null && !submitting ? NewResumeToken() : null;
        application.Status = submitting ? ApplicationStatus.Submitted : ApplicationStatus.Draft;
        application.LegalName = form.LegalName ?? "";
        application.CreditCode = code;
        application.LegalRepresentative = form.LegalRepresentative ?? "";
        application.ContactName = form.ContactName ?? "";
        application.Mobile = form.Mobile ?? "";
        application.Email = form.Email!;
        application.Address = form.Address ?? "";
        application.Categories = form.Categories ?? "";
        application.SubmittedUtc = clock.GetUtcNow();
        if (resumeToken is not null) application.DraftTokenHash = Hash(resumeToken);
        if (submitting) application.DraftTokenHash = null;

        var previousLicence = application.LicenceFile;
        var folder = Folder(application.Id);
        if (licence is not null)
        {
            application.LicenceFile = $"licence-{Guid.NewGuid():N}.{licenceType.Extension}";
            application.LicenceContentType = licenceType.ContentType;
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, application.LicenceFile), licence, cancellationToken);
        }
        try
        {
            await using var transaction = await database.BeginTransactionAsync(cancellationToken);
            if (draft is null) db.Applications.Add(application);
            await db.Licences.Where(l => l.ApplicationId == application.Id).ExecuteDeleteAsync(cancellationToken);
            foreach (var (requirement, number, expires) in industryLicences)
            {
                db.Licences.Add(new MerchantLicence { ApplicationId = application.Id, Code = requirement.Code, Name = requirement.Name, Number = number, ExpiresOn = expires });
            }
            await db.SaveChangesAsync(cancellationToken);
            if (submitting) await events.PublishAsync(new MerchantApplied(application.Id, application.LegalName, application.Email), cancellationToken);
            if (resumeToken is not null) await MailResumeLinkAsync(application, resumeToken, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // Nothing half-saved: no row, no orphaned licence.
            if (licence is not null) File.Delete(Path.Combine(folder, application.LicenceFile));
            throw;
        }
        if (licence is not null && previousLicence.Length > 0) File.Delete(Path.Combine(folder, previousLicence));
        return new SavedApplication(application, resumeToken);
    }

    /// <summary>A draft answers only to its resume token; anything else is "no such draft".</summary>
    public async Task<MerchantApplication> FindDraftAsync(Guid id, string? token, CancellationToken cancellationToken)
    {
        var draft = await db.Applications.SingleOrDefaultAsync(a => a.Id == id && a.Status == ApplicationStatus.Draft, cancellationToken);
        if (draft?.DraftTokenHash is null || token is null
            || !CryptographicOperations.FixedTimeEquals(Convert.FromHexString(draft.DraftTokenHash), SHA256.HashData(Encoding.UTF8.GetBytes(token))))
        {
            throw new NotFoundException("draftId", "There is no such draft, or its link is not this one.");
        }
        return draft;
    }

    public async Task<IReadOnlyList<MerchantLicence>> DeclaredLicencesAsync(Guid applicationId, CancellationToken cancellationToken) =>
        await db.Licences.AsNoTracking().Where(l => l.ApplicationId == applicationId).ToListAsync(cancellationToken);

    private async Task MailResumeLinkAsync(MerchantApplication application, string token, CancellationToken cancellationToken)
    {
        var link = $"{links.SiteUrl()}/merchants/apply/{application.Id}?token={token}";
        await mail.SendAsync(application.Email, $"{tenant.Site.SiteName}: your application draft",
            $"Your application to sell on {tenant.Site.SiteName} is saved as a draft.\r\nContinue it at:\r\n{link}\r\n", cancellationToken);
    }

    private static string NewResumeToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

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
        if (application.LicenceFile.Length == 0) throw new NotFoundException("licence", "This draft has no licence uploaded yet.");
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
        ApplicationForm form, bool required, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (form.Licence is null || form.Licence.Length == 0)
        {
            if (required) errors["licence"] = ["Upload the business licence (PDF, PNG or JPEG)."];
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
    private async Task<IReadOnlyList<(LicenceRequirementView Requirement, string Number, DateOnly Expires)>> ReadIndustryLicencesAsync(ApplicationForm form, bool required, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var licences = new List<(LicenceRequirementView, string, DateOnly)>();
        foreach (var requirement in (await terms.RequirementsAsync(cancellationToken)).Licences)
        {
            var declared = form.IndustryLicences.GetValueOrDefault(requirement.Code);
            // A draft keeps what is filled in and checks only that.
            if (!required && string.IsNullOrWhiteSpace(declared?.Number) && string.IsNullOrWhiteSpace(declared?.ExpiresOn)) continue;
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
