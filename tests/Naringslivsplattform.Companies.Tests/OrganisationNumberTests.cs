using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Tests;

public sealed class OrganisationNumberTests
{
    [Theory]
    [InlineData("556036-0793")]
    [InlineData("5560360793")]
    [InlineData(" 556036-0793 ")]
    public void A_legal_entitys_number_with_or_without_hyphen_is_stored_as_NNNNNN_NNNN(string text)
    {
        var number = OrganisationNumber.Parse(text, soleTrader: false).Value!;

        Assert.Equal(("556036-0793", false), (number.Value, number.IsPersonalIdentityNumber));
    }

    [Theory]
    [InlineData("556036-0794")]
    [InlineData("556036-0790")]
    [InlineData("55603-60793")]
    [InlineData("556036079")]
    [InlineData("55603607931")]
    [InlineData("556036-079A")]
    [InlineData("")]
    [InlineData(null)]
    public void A_wrong_check_digit_or_shape_is_refused(string? text)
    {
        Assert.Equal("company.organisation-number-invalid", OrganisationNumber.Parse(text, soleTrader: false).Error!.Code);
    }

    [Fact]
    public void The_check_digit_is_the_luhn_digit_over_the_first_nine()
    {
        Assert.True(OrganisationNumber.HasValidCheckDigit("2120002528"));
        Assert.False(OrganisationNumber.HasValidCheckDigit("2120002527"));
    }

    [Theory]
    [InlineData("450618-0126")]
    [InlineData("811218-9876")]
    public void A_number_with_digits_3_and_4_below_20_is_no_legal_entity(string personnummer)
    {
        Assert.Equal("company.organisation-number-not-legal-entity", OrganisationNumber.Parse(personnummer, soleTrader: false).Error!.Code);
    }

    [Fact]
    public void A_sole_traders_personnummer_is_accepted_and_marked_as_personal_data()
    {
        var number = OrganisationNumber.Parse("8112189876", soleTrader: true).Value!;

        Assert.Equal(("811218-9876", true), (number.Value, number.IsPersonalIdentityNumber));
    }

    [Theory]
    [InlineData("556036-0793")]
    [InlineData("199001-0165")]
    public void A_sole_traders_number_must_be_a_date_of_birth(string text)
    {
        Assert.Equal("company.personal-identity-number-invalid", OrganisationNumber.Parse(text, soleTrader: true).Error!.Code);
    }
}
