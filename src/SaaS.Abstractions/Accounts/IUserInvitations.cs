namespace SaaS.Accounts;

/// <summary>
/// Creates a tenant user without a password and e-mails them a code to choose one: how modules bring people in
/// (a merchant's owner on approval, staff) without touching the identity tables.
/// </summary>
public interface IUserInvitations
{
    /// <returns>The new user's id.</returns>
    Task<string> InviteAsync(string email, IReadOnlyList<string> roles, CancellationToken cancellationToken);
}
