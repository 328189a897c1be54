using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Companies.Reference;

namespace Naringslivsplattform.Companies.Companies;

/// <summary>A contact person at a company; personal data (name, role, phone, e-mail), erasable on request.</summary>
internal sealed record ContactPerson(Guid Id, string Name, string? Role, string? Phone, string? Email)
{
    /// <summary>What an erased contact's events keep: only the id, so the stream still replays.</summary>
    public static ContactPerson Erased(Guid id) => new(id, "", null, null, null);
}

/// <summary>A company in the municipality's register, built from its own stream (inline snapshot).</summary>
internal sealed record Company(
    Guid Id,
    OrganisationNumber OrganisationNumber,
    string Name,
    IReadOnlyList<SniCode> SniCodes,
    string Locality,
    SizeClass SizeClass,
    IReadOnlyList<ContactPerson> Contacts)
{
    /// <summary>Contacts removed from the company whose data its events still hold, so they can be erased too.</summary>
    public IReadOnlyList<Guid> FormerContactIds { get; init; } = [];

    public IReadOnlyList<Guid> ErasedContactIds { get; init; } = [];

    public static Company Create(CompanyRegistered registered) =>
        new(registered.CompanyId, registered.OrganisationNumber, registered.Name, registered.SniCodes, registered.Locality, registered.SizeClass, []);

    public Company Apply(CompanyDetailsChanged changed) =>
        this with { Name = changed.Name, SniCodes = changed.SniCodes, Locality = changed.Locality, SizeClass = changed.SizeClass };

    public Company Apply(ContactPersonAdded added) => this with { Contacts = [.. Contacts, added.Contact] };

    public Company Apply(ContactPersonChanged changed) =>
        this with { Contacts = [.. Contacts.Select(c => c.Id == changed.Contact.Id ? changed.Contact : c)] };

    public Company Apply(ContactPersonRemoved removed) =>
        this with { Contacts = [.. Contacts.Where(c => c.Id != removed.ContactId)], FormerContactIds = [.. FormerContactIds, removed.ContactId] };

    public Company Apply(ContactPersonErased erased) =>
        this with
        {
            Contacts = [.. Contacts.Where(c => c.Id != erased.ContactId)],
            FormerContactIds = [.. FormerContactIds.Where(id => id != erased.ContactId)],
            ErasedContactIds = [.. ErasedContactIds, erased.ContactId],
        };

    public Company Apply(PersonalIdentityNumberErased _) => this with { OrganisationNumber = OrganisationNumber.Erased };
}
