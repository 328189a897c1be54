using System.Security.Cryptography;
using System.Text;
using Marten;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Erasure;

/// <summary>
/// The municipality's secret for sealing the claims of erased personnummer (one document per municipality, as every
/// document is kept per tenant). Only the erasure creates it.
/// </summary>
internal sealed record ClaimSealKey(string Id, byte[] Key)
{
    public const string TheKey = "organisation-number-claims";
}

/// <summary>
/// Uniqueness of organisation numbers after an erasure (docs/adr/0010-erasing-personal-data.md): the claim of an
/// erased personnummer is kept under a keyed hash of the number instead of the number, so registering the same
/// personnummer again is still refused while the claim no longer shows whose it was.
/// </summary>
internal static class SealedClaims
{
    /// <summary>The numbers among <paramref name="numbers"/> a company already claims, openly or sealed.</summary>
    public static async Task<IReadOnlySet<string>> TakenAsync(IQuerySession session, IEnumerable<string> numbers, CancellationToken cancellationToken)
    {
        var open = numbers.Distinct(StringComparer.Ordinal).ToList();
        var key = await session.LoadAsync<ClaimSealKey>(ClaimSealKey.TheKey, cancellationToken);
        var numbersBySealedId = key is null ? [] : open.ToDictionary(n => SealedId(key, n), StringComparer.Ordinal);
        var claims = await session.LoadManyAsync<OrganisationNumberClaim>(cancellationToken, [.. open, .. numbersBySealedId.Keys]);
        return claims.Select(c => numbersBySealedId.GetValueOrDefault(c.Id, c.Id)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Replaces the company's open claim by a sealed one in the session's unit of work.</summary>
    public static async Task SealAsync(IDocumentSession session, OrganisationNumber number, Guid companyId, CancellationToken cancellationToken)
    {
        var key = await session.LoadAsync<ClaimSealKey>(ClaimSealKey.TheKey, cancellationToken);
        if (key is null)
        {
            // Inserted, never upserted: two first erasures at once must not each seal with a key the other replaces.
            key = new ClaimSealKey(ClaimSealKey.TheKey, RandomNumberGenerator.GetBytes(32));
            session.Insert(key);
        }

        session.Delete<OrganisationNumberClaim>(number.Value);
        session.Insert(new OrganisationNumberClaim(SealedId(key, number.Value), companyId));
    }

    private static string SealedId(ClaimSealKey key, string number) =>
        $"sealed:{Convert.ToHexStringLower(HMACSHA256.HashData(key.Key, Encoding.UTF8.GetBytes(number)))}";
}
