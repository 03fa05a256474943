using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SaaS.Accounts;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Events;
using SaaS.Merchants.Data;
using SaaS.Merchants.Events;
using SaaS.Merchants.Merchants;
using SaaS.Problems;
using SaaS.Security;

namespace SaaS.Merchants.Staff;

/// <summary>
/// A merchant's people: the owner invites staff into a role, changes their roles, disables them and may hand the
/// merchant to one of them. Every member touched belongs to the caller's merchant; anyone else's is not found.
/// </summary>
public sealed class MerchantStaff(
    MerchantsDbContext db,
    MerchantRoles roles,
    ITenantDatabase database,
    IUserInvitations invitations,
    IEventPublisher events,
    IAuditLog audit,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffView>> ListAsync(MerchantActor actor, CancellationToken cancellationToken)
    {
        var members = await db.Members.AsNoTracking().Where(m => m.MerchantId == actor.MerchantId).OrderByDescending(m => m.IsOwner).ThenBy(m => m.Email).ToListAsync(cancellationToken);
        var names = await db.Roles.AsNoTracking().Where(r => r.MerchantId == actor.MerchantId).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        return members.Select(m => new StaffView(m.UserId, m.Email, m.IsOwner, m.RoleId, m.RoleId is { } id ? names.GetValueOrDefault(id) : null, m.Disabled, m.JoinedUtc)).ToList();
    }

    /// <summary>Creates the staff account and its membership together, and mails the invitation link.</summary>
    public async Task<StaffView> InviteAsync(MerchantActor actor, InviteStaffRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var email = request.Email?.Trim();
        if (email is null || !new EmailAddressAttribute().IsValid(email)) errors["email"] = [$"'{request.Email}' is not an e-mail address."];
        if (request.RoleId is null) errors["roleId"] = ["Choose the role the new member of staff will hold."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var role = await roles.FindAsync(actor, request.RoleId!.Value, cancellationToken);

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var userId = await invitations.InviteOrGrantAsync(email!, [Roles.MerchantStaff], cancellationToken);
        if (await db.Members.AnyAsync(m => m.UserId == userId, cancellationToken))
        {
            throw new ConflictException("email", $"{email} already acts for a merchant of this marketplace.");
        }
        var member = new MerchantMember { MerchantId = actor.MerchantId, UserId = userId, Email = email!, RoleId = role.Id, JoinedUtc = clock.GetUtcNow() };
        db.Members.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("merchant.staff-invited", $"{email} ({actor.MerchantId})", null, role.Name, cancellationToken);
        await events.PublishAsync(new MerchantStaffInvited(actor.MerchantId, email!, role.Name), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StaffView(userId, email!, false, role.Id, role.Name, false, member.JoinedUtc);
    }

    public async Task SetRoleAsync(MerchantActor actor, string userId, Guid? roleId, CancellationToken cancellationToken)
    {
        if (roleId is null) throw new ValidationFailedException("roleId", "Choose a role.");
        var member = await FindAsync(actor, userId, cancellationToken);
        if (member.IsOwner) throw new ConflictException("userId", "The owner holds every permission and has no role.");
        var role = await roles.FindAsync(actor, roleId.Value, cancellationToken);
        var before = member.RoleId is { } old ? (await db.Roles.AsNoTracking().SingleAsync(r => r.Id == old, cancellationToken)).Name : null;
        member.RoleId = role.Id;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("merchant.staff-role-changed", $"{member.Email} ({actor.MerchantId})", before, role.Name, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SetDisabledAsync(MerchantActor actor, string userId, bool disabled, CancellationToken cancellationToken)
    {
        var member = await FindAsync(actor, userId, cancellationToken);
        if (member.IsOwner) throw new ConflictException("userId", "The owner cannot be disabled; transfer the ownership first.");
        if (member.Disabled == disabled) return;
        member.Disabled = disabled;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(disabled ? "merchant.staff-disabled" : "merchant.staff-enabled", $"{member.Email} ({actor.MerchantId})",
            disabled ? "active" : "disabled", disabled ? "disabled" : "active", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Makes an active member of staff the owner. The former owner stays on as staff with the role the new owner
    /// held, so nobody loses access in the handover.
    /// </summary>
    public async Task TransferOwnershipAsync(MerchantActor actor, string userId, CancellationToken cancellationToken)
    {
        if (!actor.IsOwner) throw new ForbiddenException("owner", "Only the owner can hand the merchant over.");
        var successor = await FindAsync(actor, userId, cancellationToken);
        if (successor.IsOwner) throw new ConflictException("userId", "That member already owns the merchant.");
        if (successor.Disabled) throw new ConflictException("userId", $"{successor.Email} is disabled; enable them before handing over.");
        var owner = await db.Members.SingleAsync(m => m.UserId == actor.UserId && m.MerchantId == actor.MerchantId, cancellationToken);
        var merchant = await db.Merchants.SingleAsync(m => m.Id == actor.MerchantId, cancellationToken);

        owner.IsOwner = false;
        owner.RoleId = successor.RoleId;
        successor.IsOwner = true;
        successor.RoleId = null;
        merchant.OwnerUserId = successor.UserId;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("merchant.ownership-transferred", merchant.Name, owner.Email, successor.Email, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<MerchantMember> FindAsync(MerchantActor actor, string userId, CancellationToken cancellationToken) =>
        await db.Members.SingleOrDefaultAsync(m => m.UserId == userId && m.MerchantId == actor.MerchantId, cancellationToken)
        ?? throw new NotFoundException("userId", "There is no such member of staff at your merchant.");
}
