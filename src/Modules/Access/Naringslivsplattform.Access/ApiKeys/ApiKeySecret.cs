using System.Security.Cryptography;
using System.Text;

namespace Naringslivsplattform.Access.ApiKeys;

/// <summary>
/// Keys look like <c>nlp_&lt;prefix&gt;_&lt;secret&gt;</c>: the prefix finds the key, the 256-bit random
/// secret proves it. A fast hash suffices for a random secret of that length (unlike a password).
/// </summary>
internal static class ApiKeySecret
{
    private const string Marker = "nlp";

    public static (string Key, string Prefix, string SecretHash) Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return ($"{Marker}_{prefix}_{secret}", prefix, Hash(secret));
    }

    public static bool TryParse(string? key, out string prefix, out string secret)
    {
        // At most three parts: the base64url secret may itself contain '_'.
        var parts = key?.Split('_', 3);
        if (parts is [Marker, var p, var s] && p.Length == 12 && s.Length == 43)
        {
            (prefix, secret) = (p, s);
            return true;
        }

        (prefix, secret) = ("", "");
        return false;
    }

    public static bool Matches(string secret, string secretHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(secretHash));

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
