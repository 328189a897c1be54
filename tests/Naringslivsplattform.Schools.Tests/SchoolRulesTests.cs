using Naringslivsplattform.Schools.Contracts;
using Naringslivsplattform.Schools.Schools;

namespace Naringslivsplattform.Schools.Tests;

public sealed class SchoolRulesTests
{
    private static readonly Guid SchoolId = Guid.CreateVersion7();

    private static School UpperSecondary() => School.Create(SchoolRules.Register(SchoolId, new("  Malgomajskolan ", "upperSecondary")).Value!);

    [Fact]
    public void Registering_trims_the_name_and_reads_the_level_in_any_case()
    {
        Assert.Equal(("Malgomajskolan", SchoolLevel.UpperSecondary), (UpperSecondary().Name, UpperSecondary().Level));
    }

    [Theory]
    [InlineData(" ", "Primary", "school.name-invalid")]
    [InlineData(null, "Primary", "school.name-invalid")]
    [InlineData("Dikanäs skola", "Förskola", "school.level-invalid")]
    [InlineData("Dikanäs skola", "1", "school.level-invalid")]
    [InlineData("Dikanäs skola", null, "school.level-invalid")]
    public void Registering_with_bad_input_is_rejected_with_a_stable_code(string? name, string? level, string code)
    {
        Assert.Equal(code, SchoolRules.Register(SchoolId, new(name, level)).Error!.Code);
    }

    [Fact]
    public void A_name_over_200_characters_is_rejected()
    {
        Assert.Equal("school.name-invalid", SchoolRules.Register(SchoolId, new(new string('a', 201), "Primary")).Error!.Code);
    }

    [Fact]
    public void Names_that_differ_only_in_case_and_spacing_claim_the_same_key()
    {
        Assert.Equal(SchoolNameClaim.KeyOf("Malgomajskolan  i Vilhelmina"), SchoolNameClaim.KeyOf(" malgomajskolan i vilhelmina"));
    }

    [Fact]
    public void A_national_programme_is_added_by_its_listed_name()
    {
        var added = SchoolRules.AddProgramme(UpperSecondary(), Guid.CreateVersion7(), new("försäljnings- och SERVICEprogrammet")).Value!;

        Assert.Equal("Försäljnings- och serviceprogrammet", UpperSecondary().Apply(added).Programmes.Single().Name);
    }

    [Fact]
    public void The_same_programme_twice_is_a_conflict()
    {
        var school = UpperSecondary().Apply(SchoolRules.AddProgramme(UpperSecondary(), Guid.CreateVersion7(), new("Teknikprogrammet")).Value!);

        var twice = SchoolRules.AddProgramme(school, Guid.CreateVersion7(), new("Teknikprogrammet")).Error!;

        Assert.Equal(("school.duplicate-programme", 409), (twice.Code, twice.Status));
    }

    [Fact]
    public void A_programme_on_a_primary_school_or_outside_the_national_list_is_rejected()
    {
        var primary = School.Create(SchoolRules.Register(SchoolId, new("Volgsjöskolan", "Primary")).Value!);

        Assert.Equal("school.programme-needs-upper-secondary", SchoolRules.AddProgramme(primary, Guid.CreateVersion7(), new("Teknikprogrammet")).Error!.Code);
        Assert.Equal("school.programme-unknown", SchoolRules.AddProgramme(UpperSecondary(), Guid.CreateVersion7(), new("Rymdprogrammet")).Error!.Code);
    }

    [Fact]
    public void Renaming_keeps_the_level_and_programmes()
    {
        var renamed = UpperSecondary().Apply(SchoolRules.Rename(UpperSecondary(), new("Nya Malgomajskolan")).Value!);

        Assert.Equal(("Nya Malgomajskolan", SchoolLevel.UpperSecondary), (renamed.Name, renamed.Level));
        Assert.Equal("school.name-invalid", SchoolRules.Rename(UpperSecondary(), new("")).Error!.Code);
    }
}
