using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Merchants.Data;
using SaaS.Problems;

namespace SaaS.Merchants.Staff;

/// <summary>
/// A merchant's staff roles: the four templates every merchant starts with, plus custom roles its owner composes
/// from the permissions modules declare. Every change is audited with the permissions before and after.
/// </summary>
public sealed class MerchantRoles(MerchantsDbContext db, MerchantPermissionCatalog permissions, ITenantDatabase database, IAuditLog audit)
{
    /// <summary>Adds the template roles a merchant lacks; safe to call again.</summary>
    public async Task EnsureTemplatesAsync(Guid merchantId, CancellationToken cancellationToken)
    {
        var present = await db.Roles.Where(r => r.MerchantId == merchantId && r.Template != null).Select(r => r.Template).ToListAsync(cancellationToken);
        foreach (var (key, title) in MerchantRoleTemplates.All.Where(t => !present.Contains(t.Key)))
        {
            db.Roles.Add(new MerchantRole { MerchantId = merchantId, Name = title, Template = key });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RoleView>> ListAsync(MerchantActor actor, CancellationToken cancellationToken)
    {
        await EnsureTemplatesAsync(actor.MerchantId, cancellationToken);
        var roles = await db.Roles.AsNoTracking().Where(r => r.MerchantId == actor.MerchantId).OrderBy(r => r.Template == null).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        var counts = await db.Members.Where(m => m.MerchantId == actor.MerchantId && m.RoleId != null)
            .GroupBy(m => m.RoleId).Select(g => new { RoleId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return roles.Select(r => new RoleView(r.Id, r.Name, r.Template, permissions.GrantedBy(r).Order(StringComparer.Ordinal).ToList(),
            counts.FirstOrDefault(c => c.RoleId == r.Id)?.Count ?? 0)).ToList();
    }

    public async Task<RoleView> CreateAsync(MerchantActor actor, RoleRequest request, CancellationToken cancellationToken)
    {
        var (name, granted) = Validate(request);
        if (await db.Roles.AnyAsync(r => r.MerchantId == actor.MerchantId && r.Name == name, cancellationToken))
        {
            throw new ConflictException("name", $"A role named '{name}' already exists.");
        }
        var role = new MerchantRole { MerchantId = actor.MerchantId, Name = name, Permissions = string.Join(",", granted) };
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.Roles.Add(role);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("merchant.role-created", $"{name} ({actor.MerchantId})", null, string.Join(", ", granted), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RoleView(role.Id, role.Name, null, granted, 0);
    }

    public async Task<RoleView> UpdateAsync(MerchantActor actor, Guid roleId, RoleRequest request, CancellationToken cancellationToken)
    {
        var role = await FindAsync(actor, roleId, cancellationToken);
        if (role.Template is not null)
        {
            throw new ConflictException("role", $"'{role.Name}' is a template role: its permissions follow the marketplace's modules. Create a custom role instead.");
        }
        var (name, granted) = Validate(request);
        if (await db.Roles.AnyAsync(r => r.MerchantId == actor.MerchantId && r.Name == name && r.Id != roleId, cancellationToken))
        {
            throw new ConflictException("name", $"A role named '{name}' already exists.");
        }
        var before = $"{role.Name}: {role.Permissions.Replace(",", ", ", StringComparison.Ordinal)}";
        role.Name = name;
        role.Permissions = string.Join(",", granted);
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("merchant.role-changed", $"{name} ({actor.MerchantId})", before, $"{name}: {string.Join(", ", granted)}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var members = await db.Members.CountAsync(m => m.RoleId == roleId, cancellationToken);
        return new RoleView(role.Id, role.Name, null, granted, members);
    }

    public async Task DeleteAsync(MerchantActor actor, Guid roleId, CancellationToken cancellationToken)
    {
        var role = await FindAsync(actor, roleId, cancellationToken);
        if (role.Template is not null) throw new ConflictException("role", $"'{role.Name}' is a template role and stays.");
        var holders = await db.Members.CountAsync(m => m.RoleId == roleId, cancellationToken);
        if (holders > 0) throw new ConflictException("role", $"{holders} staff member(s) hold '{role.Name}'; give them another role first.");
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.Roles.Remove(role);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("merchant.role-deleted", $"{role.Name} ({actor.MerchantId})", role.Permissions.Replace(",", ", ", StringComparison.Ordinal), null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The merchant's own role; another merchant's role id is simply not found.</summary>
    public async Task<MerchantRole> FindAsync(MerchantActor actor, Guid roleId, CancellationToken cancellationToken) =>
        await db.Roles.SingleOrDefaultAsync(r => r.Id == roleId && r.MerchantId == actor.MerchantId, cancellationToken)
        ?? throw new NotFoundException("roleId", "There is no such role at your merchant.");

    private (string Name, IReadOnlyList<string> Granted) Validate(RoleRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100) errors["name"] = ["A role needs a name of 1 to 100 characters."];
        var granted = (request.Permissions ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
        var unknown = granted.Where(p => !permissions.Exists(p)).ToList();
        if (unknown.Count > 0) errors["permissions"] = [$"Unknown permissions: {string.Join(", ", unknown)}."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return (name!, granted);
    }
}
