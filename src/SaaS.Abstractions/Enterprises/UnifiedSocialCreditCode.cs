namespace SaaS.Enterprises;

/// <summary>
/// China's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
/// alphabet (no I, O, Z, S, V), a six-digit administrative division code at positions 3–8, and a check
/// character computed from the first seventeen with fixed weights, modulo 31.
/// </summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Null when the code is valid; otherwise what is wrong with it, for the person who typed it.</summary>
    public static string? Problem(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return "The unified social credit code is required.";
        if (code.Length != 18) return $"A unified social credit code has 18 characters; this one has {code.Length}.";
        var invalid = code.FirstOrDefault(c => !Alphabet.Contains(c));
        if (invalid != default) return $"'{invalid}' cannot appear in a unified social credit code (digits and A–Y except I, O, S, V, Z, upper case).";
        if (!code.AsSpan(2, 6).ToArray().All(char.IsAsciiDigit)) return "Characters 3 to 8 must be the administrative division code (digits).";
        return code[17] == CheckCharacter(code.AsSpan(0, 17))
            ? null
            : $"The check character should be '{CheckCharacter(code.AsSpan(0, 17))}', not '{code[17]}': the code is mistyped.";
    }

    public static char CheckCharacter(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(body[i]) * Weights[i];
        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }
}
