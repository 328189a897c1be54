using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Erasure;

/// <summary>When personal data may be erased (docs/adr/0010-erasing-personal-data.md). Pure, like the other rules.</summary>
internal static class ErasureRules
{
    /// <summary>A current contact, or one removed earlier whose data is still in the company's events.</summary>
    public static Outcome<ContactPersonErased> EraseContact(Company company, Guid contactId, string erasedBy, DateTimeOffset erasedAt)
    {
        if (company.ErasedContactIds.Contains(contactId))
        {
            return new DomainError("company.contact-already-erased", CompaniesTexts.RegisterContactAlreadyErased, StatusCodes.Status409Conflict);
        }

        return company.Contacts.Any(c => c.Id == contactId) || company.FormerContactIds.Contains(contactId)
            ? new ContactPersonErased(company.Id, contactId, erasedBy, erasedAt)
            : CompanyRules.ContactNotFound();
    }

    public static Outcome<PersonalIdentityNumberErased> EraseNumber(Company company, string erasedBy, DateTimeOffset erasedAt)
    {
        if (!company.OrganisationNumber.IsPersonalIdentityNumber)
        {
            return new DomainError("company.not-a-sole-trader", CompaniesTexts.RegisterNotASoleTrader, StatusCodes.Status409Conflict);
        }

        return company.OrganisationNumber.IsErased
            ? new DomainError("company.already-erased", CompaniesTexts.RegisterNumberAlreadyErased, StatusCodes.Status409Conflict)
            : new PersonalIdentityNumberErased(company.Id, erasedBy, erasedAt);
    }
}
