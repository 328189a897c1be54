using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Importing;

namespace Naringslivsplattform.Companies.Tests;

public sealed class CompanyCsvTests
{
    [Theory]
    [InlineData("organisationsnummer;namn;enskild_naringsidkare;sni;ort;storleksklass", 6)]
    [InlineData("Organisationsnummer;Namn;Enskild_naringsidkare;SNI;Ort;Storleksklass;Kontaktperson;Kontaktroll;Kontakttelefon;Kontaktepost", 10)]
    public void A_header_with_or_without_the_contact_columns_is_accepted(string header, int columns) =>
        Assert.Equal(columns, CompanyCsv.Columns(header.Split(';')));

    [Theory]
    [InlineData("organisationsnummer;namn;enskild_naringsidkare;sni;ort;storleksklass;kontaktperson")]
    [InlineData("organisationsnummer;namn;sni;ort;storleksklass;enskild_naringsidkare")]
    public void Another_header_is_not(string header) => Assert.Null(CompanyCsv.Columns(header.Split(';')));

    [Fact]
    public void A_row_carries_the_first_contact_person_and_empty_contact_fields_are_no_contact()
    {
        var registered = CompanyRules.Register(Guid.CreateVersion7(), new("556036-0793", false, "Fjällstugan", ["55101"], "Saxnäs", "5-9"), Localities.Of("2462")).Value!;
        var company = Company.Create(registered);
        var first = company.Apply(new ContactPersonAdded(company.Id, new ContactPerson(Guid.CreateVersion7(), "Karin Berg", null, "0940-123 45", null)));
        var both = first.Apply(new ContactPersonAdded(company.Id, new ContactPerson(Guid.CreateVersion7(), "Per Berg", "Ägare", null, null)));

        Assert.Equal(["556036-0793", "Fjällstugan", "nej", "55101", "Saxnäs", "5-9", "Karin Berg", "", "0940-123 45", ""], CompanyCsv.Row(both));
        Assert.Equal(["", "", "", ""], CompanyCsv.Row(company).Skip(6));
        Assert.Null(CompanyCsv.Contact(["556036-0793", "Fjällstugan", "nej", "55101", "Saxnäs", "5-9", "", " ", "", ""]));
        Assert.Equal(new ContactPersonRequest("", "VD", "", ""), CompanyCsv.Contact(["556036-0793", "Fjällstugan", "nej", "55101", "Saxnäs", "5-9", "", "VD", "", ""]));
    }
}
