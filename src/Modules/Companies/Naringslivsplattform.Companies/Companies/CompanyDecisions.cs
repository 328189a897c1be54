using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Http;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Companies.Reference;
using Naringslivsplattform.Companies.Resources;

namespace Naringslivsplattform.Companies.Companies;

/// <param name="SizeClass">A label: 0, 1-4, 5-9, 10-19, 20-49, 50-249 or 250+.</param>
internal sealed record CompanyDetailsRequest(string? Name, IReadOnlyList<string>? SniCodes, string? Locality, string? SizeClass);

/// <param name="SoleTrader">True for an enskild näringsidkare, whose number is the owner's personnummer.</param>
internal sealed record RegisterCompanyRequest(string? OrganisationNumber, bool SoleTrader, string? Name, IReadOnlyList<string>? SniCodes, string? Locality, string? SizeClass)
{
    public CompanyDetailsRequest Details => new(Name, SniCodes, Locality, SizeClass);
}

internal sealed record ContactPersonRequest(string? Name, string? Role, string? Phone, string? Email);

/// <summary>
/// The company register's rules. Pure: (state, request, reference lists) → the event to append, or why nothing may be
/// appended. Limits are documented in docs/companies.md.
/// </summary>
internal static class CompanyDecisions
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
            return new DomainError("company.contacts-too-many", Format(CompaniesTexts.CompanyContactsTooMany, MaxContacts));
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

    public static DomainError DuplicateOrganisationNumber(OrganisationNumber number) =>
        new("company.organisation-number-taken", Format(CompaniesTexts.CompanyOrganisationNumberTaken, number.Value), StatusCodes.Status409Conflict);

    private static Outcome<CompanyDetailsChanged> CheckDetails(Guid companyId, CompanyDetailsRequest request, IReadOnlyList<Locality> localities)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            return new DomainError("company.name-invalid", Format(CompaniesTexts.CompanyNameInvalid, MaxNameLength));
        }

        var texts = request.SniCodes ?? [];
        if (texts.Count is 0 or > MaxSniCodes)
        {
            return new DomainError("company.sni-codes-invalid", Format(CompaniesTexts.CompanySniCodesInvalid, MaxSniCodes));
        }

        var codes = texts.Select(t => (Text: t, Code: SniClassification.Find(t))).ToList();
        if (codes.Any(c => c.Code is null))
        {
            return new DomainError("company.sni-code-unknown", Format(CompaniesTexts.CompanySniCodeUnknown, codes.First(c => c.Code is null).Text ?? ""));
        }

        var locality = localities.FirstOrDefault(l => string.Equals(l.Name, request.Locality?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (locality is null)
        {
            return new DomainError("company.locality-unknown", Format(CompaniesTexts.CompanyLocalityUnknown, request.Locality ?? "", string.Join(", ", localities.Select(l => l.Name))));
        }

        if (SizeClasses.Parse(request.SizeClass) is not { } size)
        {
            return new DomainError("company.size-class-invalid", CompaniesTexts.CompanySizeClassInvalid);
        }

        return new CompanyDetailsChanged(companyId, name, [.. codes.Select(c => c.Code!).DistinctBy(c => c.Code)], locality.Name, size);
    }

    private static Outcome<ContactPerson> CheckContact(Guid contactId, ContactPersonRequest request)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength || request.Role?.Trim().Length > MaxNameLength)
        {
            return new DomainError("company.contact-name-invalid", Format(CompaniesTexts.CompanyContactNameInvalid, MaxNameLength));
        }

        var phone = NullIfBlank(request.Phone);
        if (phone is not null && (phone.Length > MaxPhoneLength || !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')')))
        {
            return new DomainError("company.contact-phone-invalid", CompaniesTexts.CompanyContactPhoneInvalid);
        }

        var email = NullIfBlank(request.Email);
        if (email is not null && !IsEmail(email))
        {
            return new DomainError("company.contact-email-invalid", CompaniesTexts.CompanyContactEmailInvalid);
        }

        return new ContactPerson(contactId, name, NullIfBlank(request.Role), phone, email);
    }

    /// <summary>One address, no display name, with a dot in the domain: what a person types into an e-mail field.</summary>
    private static bool IsEmail(string text) =>
        text.Length <= MaxEmailLength
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal);

    private static DomainError ContactNotFound() =>
        new("company.contact-not-found", CompaniesTexts.CompanyContactNotFound, StatusCodes.Status404NotFound);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.GetCultureInfo("sv-SE"), template, values);
}
