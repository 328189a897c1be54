using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Companies.Reference;

namespace Naringslivsplattform.Companies.Tests;

public sealed class SniClassificationTests
{
    [Theory]
    [InlineData("01110", "A")]
    [InlineData("03220", "A")]
    [InlineData("10110", "C")]
    [InlineData("35110", "D")]
    [InlineData("47111", "G")]
    [InlineData("55.101", "I")]
    [InlineData("62010", "J")]
    [InlineData("99000", "U")]
    public void A_five_digit_code_maps_to_the_section_of_its_division(string code, string section)
    {
        var sni = SniClassification.Find(code)!;

        Assert.Equal((code.Replace(".", "", StringComparison.Ordinal), section, "SNI 2007"), (sni.Code, sni.Section, sni.Classification));
    }

    [Theory]
    [InlineData("04100")]
    [InlineData("34000")]
    [InlineData("00100")]
    [InlineData("6201")]
    [InlineData("620100")]
    [InlineData("62O10")]
    [InlineData("")]
    public void An_unused_division_or_a_code_that_is_not_five_digits_is_unknown(string code)
    {
        Assert.Null(SniClassification.Find(code));
    }

    [Fact]
    public void The_classification_has_the_21_sections_A_to_U()
    {
        Assert.Equal([.. "ABCDEFGHIJKLMNOPQRSTU".Select(c => c.ToString())], SniClassification.Sections.Select(s => s.Code));
    }

    [Fact]
    public void Vilhelminas_localities_come_from_its_reference_list()
    {
        Assert.Contains(Localities.Of("2462"), l => l is { Name: "Kittelfjäll", Area: "mountain-valleys" });
        Assert.Empty(Localities.Of("9999"));
    }
}
