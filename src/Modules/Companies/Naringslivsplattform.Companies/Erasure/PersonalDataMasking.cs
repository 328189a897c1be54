using JasperFx.Events;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Erasure;

/// <summary>
/// Marten's masking of protected information: how each event type that holds personal data is rewritten when the
/// data is erased, and which of a company's events hold a given piece of it.
/// </summary>
internal static class PersonalDataMasking
{
    public static void Register(StoreOptions options)
    {
        options.Events.AddMaskingRuleForProtectedInformation<ContactPersonAdded>(added => added with { Contact = ContactPerson.Erased(added.Contact.Id) });
        options.Events.AddMaskingRuleForProtectedInformation<ContactPersonChanged>(changed => changed with { Contact = ContactPerson.Erased(changed.Contact.Id) });

        // A legal entity's number is not personal data; only the events picked by HoldsNumber get here, but keep it safe.
        options.Events.AddMaskingRuleForProtectedInformation<CompanyRegistered>(registered =>
            registered.OrganisationNumber.IsPersonalIdentityNumber ? registered with { OrganisationNumber = OrganisationNumber.Erased } : registered);
    }

    public static Func<IEvent, bool> HoldsContact(Guid contactId) => e => e.Data switch
    {
        ContactPersonAdded added => added.Contact.Id == contactId,
        ContactPersonChanged changed => changed.Contact.Id == contactId,
        _ => false,
    };

    public static bool HoldsNumber(IEvent e) => e.Data is CompanyRegistered;
}
