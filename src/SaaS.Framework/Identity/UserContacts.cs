using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SaaS.Accounts;

namespace SaaS.Identity;

public sealed class UserContacts(TenantIdentityDbContext db, UserManager<IdentityUser> users) : IUserContacts
{
    public async Task<IReadOnlyList<UserContact>> FindAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).OrderBy(u => u.Id)
            .Select(u => new UserContact(u.Id, u.Email, u.PhoneNumber)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<UserContact>> InRoleAsync(string role, CancellationToken cancellationToken) =>
        (await users.GetUsersInRoleAsync(role)).OrderBy(u => u.Id).Select(u => new UserContact(u.Id, u.Email, u.PhoneNumber)).ToList();
}
