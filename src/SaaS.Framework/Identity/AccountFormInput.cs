namespace SaaS.Identity;

/// <summary>The fields any account form may post; each form sends only some of them.</summary>
public sealed record AccountFormInput
{
    public string? Email { get; init; }

    public string? Password { get; init; }

    public string? ReturnUrl { get; init; }

    public string? ResetCode { get; init; }

    public string? NewPassword { get; init; }
}
