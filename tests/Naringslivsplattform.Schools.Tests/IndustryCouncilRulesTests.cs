using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Schools.IndustryCouncils;
using Naringslivsplattform.Schools.Schools;

namespace Naringslivsplattform.Schools.Tests;

public sealed class IndustryCouncilRulesTests
{
    private static readonly Guid ProgrammeId = Guid.CreateVersion7();
    private static readonly CompanyReference Company = new(Guid.CreateVersion7(), "Vilhelmina Handel AB", "556000-0001", "Vilhelmina");

    private static School Malgomaj() =>
        new(Guid.CreateVersion7(), "Malgomajskolan", Contracts.SchoolLevel.UpperSecondary, [new SchoolProgramme(ProgrammeId, "Försäljnings- och serviceprogrammet")]);

    private static IndustryCouncil Council() => IndustryCouncil.Create(IndustryCouncilRules.Start(new(null, ProgrammeId), Malgomaj(), null).Value!);

    [Fact]
    public void A_council_is_named_after_its_programme_and_school_and_its_id_is_derived_from_the_programme()
    {
        Assert.Equal(
            ("Branschråd Försäljnings- och serviceprogrammet, Malgomajskolan", IndustryCouncilRules.CouncilIdOf(ProgrammeId)),
            (Council().Name, Council().Id));
    }

    [Fact]
    public void A_council_for_an_unknown_school_or_programme_is_rejected()
    {
        Assert.Equal("industry-council.unknown-school", IndustryCouncilRules.Start(new(null, ProgrammeId), null, null).Error!.Code);
        Assert.Equal("industry-council.unknown-programme", IndustryCouncilRules.Start(new(null, Guid.CreateVersion7()), Malgomaj(), null).Error!.Code);
    }

    [Fact]
    public void A_member_joins_with_an_optional_seat_holder_and_its_tie_carries_the_council_name()
    {
        var added = IndustryCouncilRules.AddMember(Council(), new(Company.Id, " Lisa Berg ", null), Company).Value!;

        Assert.Equal(new CouncilMember(Company.Id, "Vilhelmina Handel AB", "Lisa Berg", null), Council().Apply(added).Members.Single());
        Assert.Equal(Council().Name, added.CouncilName);
    }

    [Fact]
    public void An_unknown_company_or_one_already_a_member_is_rejected()
    {
        var council = Council().Apply(IndustryCouncilRules.AddMember(Council(), new(Company.Id, null, null), Company).Value!);

        Assert.Equal("industry-council.unknown-company", IndustryCouncilRules.AddMember(Council(), new(Guid.NewGuid(), null, null), null).Error!.Code);
        Assert.Equal("industry-council.already-member", IndustryCouncilRules.AddMember(council, new(Company.Id, null, null), Company).Error!.Code);
    }

    [Fact]
    public void Removing_a_member_leaves_the_others_and_removing_a_non_member_is_not_found()
    {
        var council = Council().Apply(IndustryCouncilRules.AddMember(Council(), new(Company.Id, null, null), Company).Value!);

        Assert.Empty(council.Apply(IndustryCouncilRules.RemoveMember(council, Company.Id).Value!).Members);
        Assert.Equal(404, IndustryCouncilRules.RemoveMember(Council(), Company.Id).Error!.Status);
    }

    [Fact]
    public void A_renamed_school_renames_the_council_and_names_every_member_and_an_unchanged_name_renames_nothing()
    {
        var council = Council().Apply(IndustryCouncilRules.AddMember(Council(), new(Company.Id, null, null), Company).Value!);

        var renamed = IndustryCouncilRules.SchoolRenamed(council, "Nya Malgomajskolan")!;

        Assert.Equal("Branschråd Försäljnings- och serviceprogrammet, Nya Malgomajskolan", council.Apply(renamed).Name);
        Assert.Equal([Company.Id], renamed.MemberIds);
        Assert.Null(IndustryCouncilRules.SchoolRenamed(council, "Malgomajskolan"));
    }
}
