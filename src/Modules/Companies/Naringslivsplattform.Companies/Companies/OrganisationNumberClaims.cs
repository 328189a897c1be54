using System.Security.Cryptography;
using System.Text;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Companies;

/// <summary>
/// Claims an organisation number for one company in a municipality: its id is the number, so a second company with
/// the same number fails on the primary key in the same transaction that would start its stream.
/// </summary>
internal sealed record OrganisationNumberClaim(string Id, Guid CompanyId);

/// <summary>
/// The municipality's secret for sealing the claims of erased personnummer (one document per municipality, as every
/// document is kept per tenant). Only the erasure creates it.
/// </summary>
internal sealed record ClaimSealKey(string Id, byte[] Key)
{
    public const string TheKey = "organisation-number-claims";
}

/// <summary>
/// An organisation number is registered once per municipality: the company's stream holds its number alone. After an
/// erasure (docs/adr/0010-erasing-personal-data.md) the claim of the erased personnummer is kept under a keyed hash of
/// the number instead of the number, so registering the same personnummer again is still refused while the claim no
/// longer shows whose it was.
/// </summary>
internal sealed class OrganisationNumberClaims : IStreamClaim<CompanyRegistered>
{
    public static readonly OrganisationNumberClaims Instance = new();

    private OrganisationNumberClaims()
    {
    }

    /// <summary>
    /// Taken when another company claims the number. A claim of the company itself is the same key's first request
    /// racing this one: starting its stream again fails at save, and the start answers with the replay.
    /// </summary>
    public async Task<DomainError?> CheckAsync(IQuerySession session, CompanyRegistered first, CancellationToken cancellationToken) =>
        (await HoldersAsync(session, [first.OrganisationNumber.Value], cancellationToken)).TryGetValue(first.OrganisationNumber.Value, out var holder) && holder != first.CompanyId
            ? Taken(first)
            : null;

    public void Store(IDocumentSession session, CompanyRegistered first) =>
        session.Insert(new OrganisationNumberClaim(first.OrganisationNumber.Value, first.CompanyId));

    public DomainError Taken(CompanyRegistered first) =>
        new("company.organisation-number-taken", SwedishFormat.Format(CompaniesTexts.CompanyOrganisationNumberTaken, first.OrganisationNumber.Value), StatusCodes.Status409Conflict);

    /// <summary>The numbers among <paramref name="numbers"/> a company already claims, openly or sealed, each with the company claiming it.</summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> HoldersAsync(IQuerySession session, IEnumerable<string> numbers, CancellationToken cancellationToken)
    {
        var open = numbers.Distinct(StringComparer.Ordinal).ToList();
        var key = await session.LoadAsync<ClaimSealKey>(ClaimSealKey.TheKey, cancellationToken);
        var numbersBySealedId = key is null ? [] : open.ToDictionary(n => SealedId(key, n), StringComparer.Ordinal);
        var claims = await session.LoadManyAsync<OrganisationNumberClaim>(cancellationToken, [.. open, .. numbersBySealedId.Keys]);
        return claims.ToDictionary(c => numbersBySealedId.GetValueOrDefault(c.Id, c.Id), c => c.CompanyId, StringComparer.Ordinal);
    }

    /// <summary>
    /// Replaces the company's open claim by a sealed one in the session's unit of work; true when it made the
    /// municipality's sealing key too, so saving can lose a race with another first erasure.
    /// </summary>
    public static async Task<bool> SealAsync(IDocumentSession session, OrganisationNumber number, Guid companyId, CancellationToken cancellationToken)
    {
        var key = await session.LoadAsync<ClaimSealKey>(ClaimSealKey.TheKey, cancellationToken);
        var made = key is null;
        if (key is null)
        {
            // Inserted, never upserted: two first erasures at once must not each seal with a key the other replaces.
            key = new ClaimSealKey(ClaimSealKey.TheKey, RandomNumberGenerator.GetBytes(32));
            session.Insert(key);
        }

        session.Delete<OrganisationNumberClaim>(number.Value);
        session.Insert(new OrganisationNumberClaim(SealedId(key, number.Value), companyId));
        return made;
    }

    private static string SealedId(ClaimSealKey key, string number) =>
        $"sealed:{Convert.ToHexStringLower(HMACSHA256.HashData(key.Key, Encoding.UTF8.GetBytes(number)))}";
}
