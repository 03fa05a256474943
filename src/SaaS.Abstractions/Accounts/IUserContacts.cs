namespace SaaS.Accounts;

/// <summary>How to reach the marketplace's users (their e-mail and phone), for modules that notify them.</summary>
public interface IUserContacts
{
    /// <summary>The users with these ids that still exist; unknown ids are left out.</summary>
    Task<IReadOnlyList<UserContact>> FindAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);

    /// <summary>Everyone holding <paramref name="role"/> (the marketplace's operators hold Administrator).</summary>
    Task<IReadOnlyList<UserContact>> InRoleAsync(string role, CancellationToken cancellationToken);
}

public sealed record UserContact(string UserId, string? Email, string? PhoneNumber);
