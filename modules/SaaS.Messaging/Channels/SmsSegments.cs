namespace SaaS.Messaging.Channels;

/// <summary>
/// How many SMS parts a text takes: 160 characters in one part (153 per part when split) in the GSM 7-bit alphabet,
/// 70 (67) as soon as one character is outside it, as every Chinese character is. Carriers bill per part.
/// </summary>
public static class SmsSegments
{
    /// <summary>Parts a template's rendering may take before the editor refuses it.</summary>
    public const int Limit = 4;

    private const string Gsm7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Gsm7Extended = "^{}\\[~]|€";

    public static int Count(string text)
    {
        var gsm = text.All(c => Gsm7.Contains(c) || Gsm7Extended.Contains(c));
        var length = gsm ? text.Length + text.Count(c => Gsm7Extended.Contains(c)) : text.Length;
        var (single, part) = gsm ? (160, 153) : (70, 67);
        return length == 0 ? 0 : length <= single ? 1 : (length + part - 1) / part;
    }
}
