namespace SaaS.Identity;

public sealed record SignInOutcome(SignInStatus Status, DateTimeOffset? LockedOutUntil = null)
{
    /// <summary>What to tell the person; the same words for an unknown email and a wrong password.</summary>
    public string Message => Status switch
    {
        SignInStatus.LockedOut => $"Too many failed sign-ins. Try again after {LockedOutUntil:u}.",
        SignInStatus.NotAllowed => "This account may not sign in.",
        _ => "Invalid email or password.",
    };
}
