using System.Security.Cryptography;
using System.Text;
using SaaS.Tenancy;

namespace SaaS.Web.Operator;

/// <summary>
/// The bearer key of the operator API: <c>SaaS:OperatorApiKey</c>, or one generated on first start and kept in
/// <c>App_Data/operator-api-key</c> so automation has something to use without a secret in the repository.
/// </summary>
public sealed class OperatorApiKey
{
    private readonly byte[] key;

    public OperatorApiKey(SaaSOptions options, AppDataPaths paths)
    {
        var file = Path.Combine(paths.Root, "operator-api-key");
        if (string.IsNullOrWhiteSpace(options.OperatorApiKey))
        {
            if (!File.Exists(file))
            {
                File.WriteAllText(file, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant());
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            Source = file;
            Value = File.ReadAllText(file).Trim();
        }
        else
        {
            Source = "SaaS:OperatorApiKey";
            Value = options.OperatorApiKey;
        }
        key = Encoding.UTF8.GetBytes(Value);
    }

    public string Value { get; }

    /// <summary>Where the key came from, for the start-up banner (the key itself is never logged).</summary>
    public string Source { get; }

    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), key);
}
