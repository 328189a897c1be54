using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Schools.Contracts;
using Naringslivsplattform.YoungEnterprise.StudentCompanies;

namespace Naringslivsplattform.YoungEnterprise.Tests;

/// <summary>Every rule of a UF company, with the code each refusal carries.</summary>
public sealed class StudentCompanyRulesTests
{
    private static readonly DateOnly Today = new(2024, 3, 15);

    private static readonly SchoolReference Gymnasium = new(Guid.CreateVersion7(), "Malgomajskolan", SchoolLevel.UpperSecondary);

    private static readonly CompanyReference Bakery = new(Guid.CreateVersion7(), "Fjällbageriet AB", "556036-0793", "Saxnäs");

    private static readonly CompanyReference Sawmill = new(Guid.CreateVersion7(), "Sågverket i Dikanäs AB", "556677-8899", "Dikanäs");

    private static RegisterStudentCompanyRequest Request(string? schoolYear = "2023/24", Guid? mentorId = null, int? students = 4) =>
        new(schoolYear, Gymnasium.Id, "Fjällglass UF", students, "Glass av fjällbär", mentorId);

    private static StudentCompany Registered(CompanyReference? mentor = null) =>
        StudentCompany.Create(StudentCompanyRules.Register(Guid.CreateVersion7(), Request(mentorId: mentor?.Id), Gymnasium, mentor, Today).Value!);

    [Fact]
    public void A_registered_student_company_keeps_its_school_year_school_and_mentor()
    {
        var company = Registered(Bakery);

        Assert.Equal(("2023/24", Gymnasium.Id, "Malgomajskolan", "Fjällglass UF", 4, Bakery.Id, "Fjällbageriet AB", StudentCompanyStatus.Active),
            (company.SchoolYear, company.SchoolId, company.SchoolName, company.Name, company.Students, company.MentorId, company.MentorName, company.Status));
    }

    /// <summary>By case name, as the requests are internal types a public theory cannot take.</summary>
    private static readonly Dictionary<string, (RegisterStudentCompanyRequest Request, SchoolReference? School, CompanyReference? Mentor, string Code)> BadRegistrations = new()
    {
        ["no school year"] = (Request(schoolYear: null), Gymnasium, null, "student-company.school-year-required"),
        ["blank school year"] = (Request(schoolYear: " "), Gymnasium, null, "student-company.school-year-required"),
        ["years not consecutive"] = (Request(schoolYear: "2023/25"), Gymnasium, null, "student-company.school-year-invalid"),
        ["calendar year only"] = (Request(schoolYear: "2023"), Gymnasium, null, "student-company.school-year-invalid"),
        ["two school years ahead"] = (Request(schoolYear: "2025/26"), Gymnasium, null, "student-company.school-year-invalid"),
        ["before 2000"] = (Request(schoolYear: "1999/00"), Gymnasium, null, "student-company.school-year-invalid"),
        ["no school"] = (Request() with { SchoolId = null }, null, null, "student-company.school-required"),
        ["unknown school"] = (Request(), null, null, "student-company.unknown-school"),
        ["blank name"] = (Request() with { Name = " " }, Gymnasium, null, "student-company.name-invalid"),
        ["no students"] = (Request(students: 0), Gymnasium, null, "student-company.students-invalid"),
        ["students not given"] = (Request(students: null), Gymnasium, null, "student-company.students-invalid"),
        ["a whole school"] = (Request(students: 31), Gymnasium, null, "student-company.students-invalid"),
        ["no business idea"] = (Request() with { BusinessIdea = "" }, Gymnasium, null, "student-company.business-idea-invalid"),
        ["unknown mentor"] = (Request(mentorId: Guid.NewGuid()), Gymnasium, null, "student-company.unknown-mentor"),
    };

    public static TheoryData<string> BadRegistrationCases => [.. BadRegistrations.Keys];

    [Theory]
    [MemberData(nameof(BadRegistrationCases))]
    public void A_bad_registration_is_refused_with_its_code(string name)
    {
        var (request, school, mentor, code) = BadRegistrations[name];

        Assert.Equal(code, StudentCompanyRules.Register(Guid.CreateVersion7(), request, school, mentor, Today).Error?.Code);
    }

    [Fact]
    public void Next_school_year_can_be_registered_in_the_autumn()
    {
        var registered = StudentCompanyRules.Register(Guid.CreateVersion7(), Request(schoolYear: " 2025/26 "), Gymnasium, null, new DateOnly(2024, 9, 1));

        Assert.Equal("2025/26", registered.Value?.SchoolYear);
    }

    [Fact]
    public void Changing_details_carries_the_school_year_and_mentor_for_the_mentors_tie()
    {
        var company = Registered(Bakery);

        var changed = StudentCompanyRules.ChangeDetails(company, new StudentCompanyDetailsRequest("Fjällglass & Bär UF", 5, "Glass och sylt")).Value!;

        Assert.Equal(new StudentCompanyDetailsChanged(company.Id, "Fjällglass & Bär UF", 5, "Glass och sylt", "2023/24", Bakery.Id), changed);
    }

    [Fact]
    public void Replacing_the_mentor_names_the_previous_one()
    {
        var company = Registered(Bakery);

        var set = StudentCompanyRules.SetMentor(company, new MentorRequest(Sawmill.Id), Sawmill).Value!;

        Assert.Equal(new StudentCompanyMentorSet(company.Id, Sawmill.Id, "Sågverket i Dikanäs AB", Bakery.Id, "Fjällglass UF", "2023/24"), set);
        Assert.Equal((Sawmill.Id, "Sågverket i Dikanäs AB"), (company.Apply(set).MentorId, company.Apply(set).MentorName));
    }

    [Fact]
    public void Mentor_changes_that_change_nothing_are_refused()
    {
        var withMentor = Registered(Bakery);
        var without = Registered();

        Assert.Equal("student-company.mentor-unchanged", StudentCompanyRules.SetMentor(withMentor, new MentorRequest(Bakery.Id), Bakery).Error?.Code);
        Assert.Equal("student-company.unknown-mentor", StudentCompanyRules.SetMentor(withMentor, new MentorRequest(Guid.NewGuid()), null).Error?.Code);
        Assert.Equal("student-company.no-mentor", StudentCompanyRules.RemoveMentor(without).Error?.Code);
        Assert.Equal(new StudentCompanyMentorRemoved(withMentor.Id, Bakery.Id), StudentCompanyRules.RemoveMentor(withMentor).Value);
    }

    [Fact]
    public void A_wound_up_student_company_changes_no_more()
    {
        var company = Registered(Bakery);
        var woundUp = company.Apply(StudentCompanyRules.WindUp(company, new DateOnly(2024, 6, 1)).Value!);

        Assert.Equal((StudentCompanyStatus.WoundUp, new DateOnly(2024, 6, 1)), (woundUp.Status, woundUp.WoundUpOn));
        Assert.Equal(
            ["student-company.wound-up", "student-company.wound-up", "student-company.wound-up", "student-company.wound-up"],
            [
                StudentCompanyRules.WindUp(woundUp, Today).Error?.Code,
                StudentCompanyRules.RemoveMentor(woundUp).Error?.Code,
                StudentCompanyRules.SetMentor(woundUp, new MentorRequest(Sawmill.Id), Sawmill).Error?.Code,
                StudentCompanyRules.ChangeDetails(woundUp, new StudentCompanyDetailsRequest("X UF", 2, "Idé")).Error?.Code,
            ]);
    }
}
