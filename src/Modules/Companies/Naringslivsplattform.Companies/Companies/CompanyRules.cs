using System.Net.Mail;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Reference;

namespace Naringslivsplattform.Companies.Companies;

/// <summary>
/// The company register's rules. Pure: (state, request, reference lists) → the event to append, or why nothing may be
/// appended. Limits are documented in docs/companies.md.
/// </summary>
internal static class CompanyRules
{
    public const int MaxNameLength = 200;
    public const int MaxSniCodes = 10;
    public const int MaxContacts = 50;
    public const int MaxPhoneLength = 40;
    public const int MaxEmailLength = 254;

    public static Outcome<CompanyRegistered> Register(Guid companyId, RegisterCompanyRequest request, IReadOnlyList<Locality> localities)
    {
        var number = OrganisationNumber.Parse(request.OrganisationNumber, request.SoleTrader);
        if (number.Value is not { } organisationNumber)
        {
            return number.Error!;
        }

        var details = CheckDetails(companyId, request.Details, localities);
        return details.Value is { } valid
            ? new CompanyRegistered(companyId, organisationNumber, valid.Name, valid.SniCodes, valid.Locality, valid.SizeClass)
            : details.Error!;
    }

    public static Outcome<CompanyDetailsChanged> ChangeDetails(Company company, CompanyDetailsRequest request, IReadOnlyList<Locality> localities) =>
        CheckDetails(company.Id, request, localities);

    public static Outcome<ContactPersonAdded> AddContact(Company company, Guid contactId, ContactPersonRequest request)
    {
        if (company.Contacts.Count >= MaxContacts)
        {
            return new DomainError("company.contacts-too-many", SwedishFormat.Format(CompaniesTexts.CompanyContactsTooMany, MaxContacts));
        }

        var contact = CheckContact(contactId, request);
        return contact.Value is { } valid ? new ContactPersonAdded(company.Id, valid) : contact.Error!;
    }

    public static Outcome<ContactPersonChanged> ChangeContact(Company company, Guid contactId, ContactPersonRequest request)
    {
        if (company.Contacts.All(c => c.Id != contactId))
        {
            return ContactNotFound();
        }

        var contact = CheckContact(contactId, request);
        return contact.Value is { } valid ? new ContactPersonChanged(company.Id, valid) : contact.Error!;
    }

    public static Outcome<ContactPersonRemoved> RemoveContact(Company company, Guid contactId) =>
        company.Contacts.Any(c => c.Id == contactId) ? new ContactPersonRemoved(company.Id, contactId) : ContactNotFound();

    public static DomainError ContactNotFound() =>
        new("company.contact-not-found", CompaniesTexts.CompanyContactNotFound, StatusCodes.Status404NotFound);

    private static Outcome<CompanyDetailsChanged> CheckDetails(Guid companyId, CompanyDetailsRequest request, IReadOnlyList<Locality> localities)
    {
        if (TextInput.Required(request.Name, MaxNameLength, new DomainError("company.name-invalid", SwedishFormat.Format(CompaniesTexts.CompanyNameInvalid, MaxNameLength))) is { } nameError)
        {
            return nameError;
        }

        var texts = request.SniCodes ?? [];
        if (texts.Count is 0 or > MaxSniCodes)
        {
            return new DomainError("company.sni-codes-invalid", SwedishFormat.Format(CompaniesTexts.CompanySniCodesInvalid, MaxSniCodes));
        }

        var codes = texts.Select(t => (Text: t, Code: SniClassification.Find(t))).ToList();
        if (codes.Any(c => c.Code is null))
        {
            return new DomainError("company.sni-code-unknown", SwedishFormat.Format(CompaniesTexts.CompanySniCodeUnknown, codes.First(c => c.Code is null).Text ?? ""));
        }

        var locality = localities.FirstOrDefault(l => string.Equals(l.Name, request.Locality?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (locality is null)
        {
            return new DomainError(
                "company.locality-unknown", SwedishFormat.Format(CompaniesTexts.CompanyLocalityUnknown, request.Locality ?? "", string.Join(", ", localities.Select(l => l.Name))));
        }

        if (SizeClasses.Parse(request.SizeClass) is not { } size)
        {
            return new DomainError("company.size-class-invalid", CompaniesTexts.CompanySizeClassInvalid);
        }

        return new CompanyDetailsChanged(companyId, request.Name!.Trim(), [.. codes.Select(c => c.Code!).DistinctBy(c => c.Code)], locality.Name, size);
    }

    private static Outcome<ContactPerson> CheckContact(Guid contactId, ContactPersonRequest request)
    {
        var nameInvalid = new DomainError("company.contact-name-invalid", SwedishFormat.Format(CompaniesTexts.CompanyContactNameInvalid, MaxNameLength));
        if (TextInput.Required(request.Name, MaxNameLength, nameInvalid) is not null || request.Role?.Trim().Length > MaxNameLength)
        {
            return nameInvalid;
        }

        var phone = TextInput.TrimmedOrNull(request.Phone);
        if (phone is not null && (phone.Length > MaxPhoneLength || !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')')))
        {
            return new DomainError("company.contact-phone-invalid", CompaniesTexts.CompanyContactPhoneInvalid);
        }

        var email = TextInput.TrimmedOrNull(request.Email);
        if (email is not null && !IsEmail(email))
        {
            return new DomainError("company.contact-email-invalid", CompaniesTexts.CompanyContactEmailInvalid);
        }

        return new ContactPerson(contactId, request.Name!.Trim(), TextInput.TrimmedOrNull(request.Role), phone, email);
    }

    /// <summary>One address, no display name, with a dot in the domain: what a person types into an e-mail field.</summary>
    private static bool IsEmail(string text) =>
        text.Length <= MaxEmailLength
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal);
}
