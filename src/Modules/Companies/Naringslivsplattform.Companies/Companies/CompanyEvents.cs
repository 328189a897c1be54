using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Companies.Reference;

namespace Naringslivsplattform.Companies.Companies;

internal sealed record CompanyRegistered(
    Guid CompanyId, OrganisationNumber OrganisationNumber, string Name, IReadOnlyList<SniCode> SniCodes, string Locality, SizeClass SizeClass)
{
    /// <summary>By value, SNI codes included, so a retried registration is recognised as the same one.</summary>
    public bool Equals(CompanyRegistered? other) =>
        other is not null
        && (CompanyId, OrganisationNumber, Name, Locality, SizeClass) == (other.CompanyId, other.OrganisationNumber, other.Name, other.Locality, other.SizeClass)
        && SniCodes.SequenceEqual(other.SniCodes);

    public override int GetHashCode() => HashCode.Combine(CompanyId, OrganisationNumber, Name, Locality, SizeClass, SniCodes.Count);
}

/// <summary>Everything but the organisation number, which identifies the company and never changes.</summary>
internal sealed record CompanyDetailsChanged(Guid CompanyId, string Name, IReadOnlyList<SniCode> SniCodes, string Locality, SizeClass SizeClass);

internal sealed record ContactPersonAdded(Guid CompanyId, ContactPerson Contact);

internal sealed record ContactPersonChanged(Guid CompanyId, ContactPerson Contact);

internal sealed record ContactPersonRemoved(Guid CompanyId, Guid ContactId);

/// <summary>
/// A contact person's data was erased on request: the events that held it are masked. Names who erased it and
/// when, never the person, so the record of the erasure holds no personal data itself.
/// </summary>
internal sealed record ContactPersonErased(Guid CompanyId, Guid ContactId, string ErasedBy, DateTimeOffset ErasedAt);

/// <summary>A sole trader's personnummer was erased on request: masked in the registration, its claim sealed.</summary>
internal sealed record PersonalIdentityNumberErased(Guid CompanyId, string ErasedBy, DateTimeOffset ErasedAt);

internal static class CompanyEventTypes
{
    /// <summary>Every event of a company's stream, the erasures included.</summary>
    public static readonly Type[] All =
    [
        typeof(CompanyRegistered), typeof(CompanyDetailsChanged), typeof(ContactPersonAdded), typeof(ContactPersonChanged), typeof(ContactPersonRemoved),
        typeof(ContactPersonErased), typeof(PersonalIdentityNumberErased),
    ];
}
