using System.Text.RegularExpressions;
using Naringslivsplattform.Access.ApiKeys;

namespace Naringslivsplattform.Access.Tests;

public sealed partial class ApiKeySecretTests
{
    private const string Prefix = "0123456789ab";
    private const string Secret = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";

    [Fact]
    public void A_new_key_reads_nlp_then_twelve_hex_digits_then_43_base64url_characters()
    {
        var (key, prefix, _) = ApiKeySecret.Generate();

        Assert.Matches(KeyShape(), key);
        Assert.StartsWith($"nlp_{prefix}_", key, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_new_key_parses_back_into_its_prefix_and_a_secret_that_matches_the_stored_hash()
    {
        // A base64url secret holds '_' in about half of all keys, so a few hundred keys cover that case surely.
        var keys = Enumerable.Range(0, 500).Select(_ => ApiKeySecret.Generate()).ToList();

        Assert.Contains(keys, k => k.Key[17..].Contains('_', StringComparison.Ordinal));
        Assert.All(keys, k =>
        {
            Assert.True(ApiKeySecret.TryParse(k.Key, out var prefix, out var secret), k.Key);
            Assert.Equal(k.Prefix, prefix);
            Assert.True(ApiKeySecret.Matches(secret, k.SecretHash));
        });
    }

    [Fact]
    public void A_secret_holding_underscores_is_parsed_whole()
    {
        var secret = "ab_cdefghijklmnopqrstuvwxyzABCDEFGHIJKLM__Q";

        Assert.True(ApiKeySecret.TryParse($"nlp_{Prefix}_{secret}", out var prefix, out var parsed));
        Assert.Equal((Prefix, secret), (prefix, parsed));
    }

    [Fact]
    public void Two_new_keys_share_neither_prefix_nor_secret()
    {
        var first = ApiKeySecret.Generate();
        var second = ApiKeySecret.Generate();

        Assert.NotEqual(first.Prefix, second.Prefix);
        Assert.NotEqual(first.SecretHash, second.SecretHash);
    }

    [Fact]
    public void Only_a_sha256_hash_of_the_secret_is_kept_never_the_secret()
    {
        var (key, _, hash) = ApiKeySecret.Generate();
        Assert.True(ApiKeySecret.TryParse(key, out _, out var secret));

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.DoesNotContain(secret, hash, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_differing_in_one_character_does_not_match()
    {
        var (key, _, hash) = ApiKeySecret.Generate();
        Assert.True(ApiKeySecret.TryParse(key, out _, out var secret));
        var wrong = (secret[0] == 'A' ? 'B' : 'A') + secret[1..];

        Assert.False(ApiKeySecret.Matches(wrong, hash));
        Assert.False(ApiKeySecret.Matches("", hash));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("nlp")]
    [InlineData("nlp__")]
    [InlineData("xyz_" + Prefix + "_" + Secret)]
    [InlineData("NLP_" + Prefix + "_" + Secret)]
    [InlineData("nlp_0123456789a_" + Secret)]
    [InlineData("nlp_0123456789abc_" + Secret)]
    [InlineData("nlp_" + Prefix + "_" + Secret + "R")]
    [InlineData("nlp_" + Prefix + "_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP")]
    [InlineData("nlp_" + Prefix + Secret)]
    [InlineData("Bearer nlp_" + Prefix + "_" + Secret)]
    public void A_malformed_key_is_refused_before_any_lookup(string? key)
    {
        Assert.False(ApiKeySecret.TryParse(key, out var prefix, out var secret));
        Assert.Equal(("", ""), (prefix, secret));
    }

    [GeneratedRegex("^nlp_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$")]
    private static partial Regex KeyShape();
}
