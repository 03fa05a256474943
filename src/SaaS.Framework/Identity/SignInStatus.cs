namespace SaaS.Identity;

public enum SignInStatus
{
    Succeeded,
    InvalidCredentials,
    LockedOut,
    NotAllowed,
}
