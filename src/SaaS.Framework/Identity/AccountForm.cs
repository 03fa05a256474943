namespace SaaS.Identity;

/// <summary>What the themed account pages show: the values typed so far and the message next to each field.</summary>
public sealed record AccountForm
{
    public required string AntiforgeryField { get; init; }

    public required string AntiforgeryToken { get; init; }

    public string? Email { get; init; }

    public string? ReturnUrl { get; init; }

    public string? ResetCode { get; init; }

    public string? EmailError { get; init; }

    public string? PasswordError { get; init; }

    public string? ResetCodeError { get; init; }

    public string? NewPasswordError { get; init; }

    /// <summary>A problem with the form as a whole, e.g. wrong credentials.</summary>
    public string? FormError { get; init; }

    public string? Notice { get; init; }

    public string? PasswordPolicy { get; init; }

    /// <summary>Where modules send this user from their account page (merchant center, company pages).</summary>
    public IReadOnlyList<AccountLinkView> Links { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [];

    public AccountForm WithErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        string? For(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
        return this with
        {
            EmailError = For("email"),
            PasswordError = For("password"),
            ResetCodeError = For("resetCode"),
            NewPasswordError = For("newPassword"),
        };
    }
}
