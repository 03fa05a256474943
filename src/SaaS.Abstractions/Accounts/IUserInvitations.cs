namespace SaaS.Accounts;

/// <summary>
/// Creates a tenant user without a password and e-mails them a code to choose one: how modules bring people in
/// (a merchant's owner on approval, staff) without touching the identity tables.
/// </summary>
public interface IUserInvitations
{
    /// <returns>The new user's id.</returns>
    Task<string> InviteAsync(string email, IReadOnlyList<string> roles, CancellationToken cancellationToken);

    /// <summary>
    /// Brings a person in whether or not they have an account here: an existing account (a buyer who now also
    /// sells) gets the roles added and a notice to sign in as before; anyone else is invited.
    /// </summary>
    /// <returns>The user's id.</returns>
    Task<string> InviteOrGrantAsync(string email, IReadOnlyList<string> roles, CancellationToken cancellationToken);
}
