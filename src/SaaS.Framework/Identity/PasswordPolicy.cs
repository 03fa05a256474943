using Microsoft.AspNetCore.Identity;

namespace SaaS.Identity;

/// <summary>The password rules, stated for people and checked before a tenant is launched with an admin password.</summary>
public sealed class PasswordPolicy(PasswordOptions options)
{
    public string Description =>
        $"Passwords need at least {options.RequiredLength} characters, including "
        + string.Join(", ", Requirements().Select(r => r.Name))
        + $", and at least {options.RequiredUniqueChars} different characters.";

    public bool Accepts(string? password) =>
        password is not null
        && password.Length >= options.RequiredLength
        && password.Distinct().Count() >= options.RequiredUniqueChars
        && Requirements().All(r => password.Any(r.Test));

    public static void Apply(PasswordOptions options)
    {
        options.RequiredLength = 10;
        options.RequireDigit = true;
        options.RequireLowercase = true;
        options.RequireUppercase = true;
        options.RequireNonAlphanumeric = false;
        options.RequiredUniqueChars = 5;
    }

    private IEnumerable<(string Name, Func<char, bool> Test)> Requirements()
    {
        if (options.RequireUppercase) yield return ("an upper-case letter", char.IsUpper);
        if (options.RequireLowercase) yield return ("a lower-case letter", char.IsLower);
        if (options.RequireDigit) yield return ("a digit", char.IsDigit);
        if (options.RequireNonAlphanumeric) yield return ("a symbol", c => !char.IsLetterOrDigit(c));
    }
}
