using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Reference;

namespace Naringslivsplattform.Companies.Tests;

public sealed class CompanyRulesTests
{
    private static readonly Guid CompanyId = Guid.CreateVersion7();
    private static readonly IReadOnlyList<Locality> Vilhelmina = Localities.Of("2462");

    private static RegisterCompanyRequest Request(
        string number = "556036-0793", string name = "Fjällstugan AB", string[]? sni = null, string locality = "Kittelfjäll", string size = "5-9", bool soleTrader = false) =>
        new(number, soleTrader, name, sni ?? ["55101", "56100"], locality, size);

    private static Company Registered() => Company.Create(CompanyRules.Register(CompanyId, Request(), Vilhelmina).Value!);

    [Fact]
    public void Registering_a_valid_company_gives_CompanyRegistered_with_sections_and_the_classification_version()
    {
        var registered = CompanyRules.Register(CompanyId, Request(locality: "kittelfjäll"), Vilhelmina).Value!;

        Assert.Equal(("556036-0793", "Fjällstugan AB", "Kittelfjäll", SizeClass.From5To9), (registered.OrganisationNumber.Value, registered.Name, registered.Locality, registered.SizeClass));
        Assert.Equal([new SniCode("55101", "I", "SNI 2007"), new SniCode("56100", "I", "SNI 2007")], registered.SniCodes);
    }

    [Theory]
    [InlineData("556036-0794", "Fjällstugan AB", "55101", "Kittelfjäll", "5-9", "company.organisation-number-invalid")]
    [InlineData("811218-9876", "Fjällstugan AB", "55101", "Kittelfjäll", "5-9", "company.organisation-number-not-legal-entity")]
    [InlineData("556036-0793", " ", "55101", "Kittelfjäll", "5-9", "company.name-invalid")]
    [InlineData("556036-0793", "Fjällstugan AB", "04100", "Kittelfjäll", "5-9", "company.sni-code-unknown")]
    [InlineData("556036-0793", "Fjällstugan AB", "", "Kittelfjäll", "5-9", "company.sni-codes-invalid")]
    [InlineData("556036-0793", "Fjällstugan AB", "55101", "Borgafjäll", "5-9", "company.locality-unknown")]
    [InlineData("556036-0793", "Fjällstugan AB", "55101", "Kittelfjäll", "3-7", "company.size-class-invalid")]
    public void Registering_with_bad_input_is_refused_with_a_stable_code(string number, string name, string sni, string locality, string size, string code)
    {
        var error = CompanyRules.Register(CompanyId, Request(number, name, sni.Length == 0 ? [] : [sni], locality, size), Vilhelmina).Error!;

        Assert.Equal((code, 400), (error.Code, error.Status));
    }

    [Fact]
    public void A_name_over_200_characters_or_more_than_10_sni_codes_is_refused()
    {
        Assert.Equal("company.name-invalid", CompanyRules.Register(CompanyId, Request(name: new string('x', 201)), Vilhelmina).Error!.Code);
        Assert.Equal("company.sni-codes-invalid", CompanyRules.Register(CompanyId, Request(sni: [.. Enumerable.Repeat("55101", 11)]), Vilhelmina).Error!.Code);
    }

    [Fact]
    public void A_duplicate_organisation_number_is_a_409_naming_the_number()
    {
        var error = OrganisationNumberClaims.Instance.Taken(CompanyRules.Register(CompanyId, Request(number: "556036-0793"), Vilhelmina).Value!);

        Assert.Equal(("company.organisation-number-taken", 409), (error.Code, error.Status));
        Assert.Contains("556036-0793", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_details_keeps_the_organisation_number_and_applies_the_rest()
    {
        var changed = CompanyRules.ChangeDetails(Registered(), new CompanyDetailsRequest("Fjällstugan i Kittelfjäll AB", ["47111"], "Vilhelmina", "10-19"), Vilhelmina).Value!;
        var company = Registered().Apply(changed);

        Assert.Equal(("556036-0793", "Fjällstugan i Kittelfjäll AB", "G", "Vilhelmina", SizeClass.From10To19),
            (company.OrganisationNumber.Value, company.Name, company.SniCodes.Single().Section, company.Locality, company.SizeClass));
    }

    [Fact]
    public void A_contact_is_added_changed_and_removed()
    {
        var contactId = Guid.CreateVersion7();
        var company = Registered();
        company = company.Apply(CompanyRules.AddContact(company, contactId, new ContactPersonRequest("Karin Berg", "VD", "0940-123 45", "karin@fjallstugan.se")).Value!);
        company = company.Apply(CompanyRules.ChangeContact(company, contactId, new ContactPersonRequest("Karin Berg", "Ägare", null, "karin@fjallstugan.se")).Value!);

        Assert.Equal(new ContactPerson(contactId, "Karin Berg", "Ägare", null, "karin@fjallstugan.se"), company.Contacts.Single());
        Assert.Empty(company.Apply(CompanyRules.RemoveContact(company, contactId).Value!).Contacts);
    }

    [Theory]
    [InlineData("", null, null, "company.contact-name-invalid")]
    [InlineData("Karin Berg", "karin.fjallstugan.se", null, "company.contact-email-invalid")]
    [InlineData("Karin Berg", "Karin <karin@fjallstugan.se>", null, "company.contact-email-invalid")]
    [InlineData("Karin Berg", "karin@localhost", null, "company.contact-email-invalid")]
    [InlineData("Karin Berg", null, "ring mig", "company.contact-phone-invalid")]
    public void A_contact_with_bad_input_is_refused(string name, string? email, string? phone, string code)
    {
        Assert.Equal(code, CompanyRules.AddContact(Registered(), Guid.CreateVersion7(), new ContactPersonRequest(name, null, phone, email)).Error!.Code);
    }

    [Fact]
    public void Changing_or_removing_an_unknown_contact_is_a_404()
    {
        var unknown = Guid.CreateVersion7();

        Assert.Equal(("company.contact-not-found", 404), (CompanyRules.RemoveContact(Registered(), unknown).Error!.Code, CompanyRules.RemoveContact(Registered(), unknown).Error!.Status));
        Assert.Equal("company.contact-not-found", CompanyRules.ChangeContact(Registered(), unknown, new ContactPersonRequest("A", null, null, null)).Error!.Code);
    }
}
