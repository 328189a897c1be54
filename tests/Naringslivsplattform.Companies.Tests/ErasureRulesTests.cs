using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Erasure;

namespace Naringslivsplattform.Companies.Tests;

public sealed class ErasureRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 17, 12, 0, 0, TimeSpan.Zero);

    private static Company Registered(string number = "556036-0793", bool soleTrader = false) =>
        Company.Create(CompanyRules.Register(Guid.CreateVersion7(), new(number, soleTrader, "Fjällstugan", ["55101"], "Kittelfjäll", "1-4"), Localities.Of("2462")).Value!);

    private static (Company Company, Guid ContactId) WithContact()
    {
        var company = Registered();
        var added = CompanyRules.AddContact(company, Guid.CreateVersion7(), new("Karin Berg", "VD", "0940-123 45", "karin@fjallstugan.se")).Value!;
        return (company.Apply(added), added.Contact.Id);
    }

    [Fact]
    public void Erasing_a_current_contact_names_who_and_when_but_not_the_person_and_takes_the_contact_out_of_the_company()
    {
        var (company, contactId) = WithContact();

        var erased = ErasureRules.EraseContact(company, contactId, "ada.admin", Now).Value!;
        var after = company.Apply(erased);
        var again = ErasureRules.EraseContact(after, contactId, "ada.admin", Now).Error!;

        Assert.Equal(new ContactPersonErased(company.Id, contactId, "ada.admin", Now), erased);
        Assert.Empty(after.Contacts);
        Assert.Equal([contactId], after.ErasedContactIds);
        Assert.Equal(("company.contact-already-erased", 409), (again.Code, again.Status));
    }

    [Fact]
    public void A_removed_contact_can_still_be_erased_but_an_unknown_one_cannot()
    {
        var (company, contactId) = WithContact();
        var removed = company.Apply(CompanyRules.RemoveContact(company, contactId).Value!);

        var erased = ErasureRules.EraseContact(removed, contactId, "ada.admin", Now);
        var unknown = ErasureRules.EraseContact(removed, Guid.CreateVersion7(), "ada.admin", Now).Error!;

        Assert.Equal([contactId], removed.FormerContactIds);
        Assert.Empty(removed.Apply(erased.Value!).FormerContactIds);
        Assert.Equal(("company.contact-not-found", 404), (unknown.Code, unknown.Status));
    }

    [Fact]
    public void A_sole_traders_personnummer_is_erased_once_and_shown_masked_while_the_statistics_stay()
    {
        var company = Registered("811218-9876", soleTrader: true);

        var after = company.Apply(ErasureRules.EraseNumber(company, "ada.admin", Now).Value!);
        var again = ErasureRules.EraseNumber(after, "ada.admin", Now).Error!;

        Assert.Equal(("XXXXXX-XXXX", true, true), (after.OrganisationNumber.Value, after.OrganisationNumber.IsPersonalIdentityNumber, after.OrganisationNumber.IsErased));
        Assert.Equal(("Fjällstugan", "Kittelfjäll", "I"), (after.Name, after.Locality, after.SniCodes[0].Section));
        Assert.Equal(("company.already-erased", 409), (again.Code, again.Status));
    }

    [Fact]
    public void A_legal_entitys_number_is_not_personal_data_and_is_not_erased()
    {
        var error = ErasureRules.EraseNumber(Registered(), "ada.admin", Now).Error!;

        Assert.Equal(("company.not-a-sole-trader", 409), (error.Code, error.Status));
    }
}
