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

internal static class CompanyEventTypes
{
    public static readonly Type[] All =
        [typeof(CompanyRegistered), typeof(CompanyDetailsChanged), typeof(ContactPersonAdded), typeof(ContactPersonChanged), typeof(ContactPersonRemoved)];
}
