using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Schools.Contracts;
using Naringslivsplattform.YoungEnterprise.SchoolYears;

namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>A UF company's name, number of students and business idea, as registered or changed.</summary>
internal sealed record StudentCompanyDetailsRequest(string? Name, int? Students, string? BusinessIdea);

/// <summary>
/// The rules of a UF company. Pure: (state, request, today, what the school and company registers say) → the event to
/// append, or why nothing may be appended. Limits are documented in docs/young-enterprise.md.
/// </summary>
internal static class StudentCompanyRules
{
    public const int MaxNameLength = 100;
    public const int MaxBusinessIdeaLength = 1000;

    /// <summary>A UF company is a handful of students; more than this is a typing error.</summary>
    public const int MaxStudents = 30;

    /// <summary>The earliest school year a UF company can be registered for.</summary>
    public const int FirstStartYear = 2000;

    /// <param name="school">The school named, when it is in the school register.</param>
    /// <param name="mentor">The mentor company named, when it is in the company register.</param>
    public static Outcome<StudentCompanyRegistered> Register(
        Guid studentCompanyId, RegisterStudentCompanyRequest request, SchoolReference? school, CompanyReference? mentor, DateOnly today)
    {
        var year = CheckSchoolYear(request.SchoolYear, today);
        if (year.Error is { } yearError)
        {
            return yearError;
        }

        if (request.SchoolId is null)
        {
            return new DomainError("student-company.school-required", YoungEnterpriseTexts.StudentCompanySchoolRequired);
        }

        if (school is null)
        {
            return new DomainError("student-company.unknown-school", YoungEnterpriseTexts.StudentCompanyUnknownSchool);
        }

        var details = CheckDetails(new StudentCompanyDetailsRequest(request.Name, request.Students, request.BusinessIdea));
        if (details.Error is { } detailsError)
        {
            return detailsError;
        }

        if (request.MentorId is not null && mentor is null)
        {
            return new DomainError("student-company.unknown-mentor", YoungEnterpriseTexts.StudentCompanyUnknownMentor);
        }

        var (name, students, idea) = details.Value;
        return new StudentCompanyRegistered(studentCompanyId, year.Value.ToString(), school.Id, school.Name, name, students, idea, mentor?.Id, mentor?.Name);
    }

    public static Outcome<StudentCompanyDetailsChanged> ChangeDetails(StudentCompany company, StudentCompanyDetailsRequest request)
    {
        if (MustBeActive(company) is { } stateError)
        {
            return stateError;
        }

        var details = CheckDetails(request);
        return details.Error is { } detailsError
            ? detailsError
            : new StudentCompanyDetailsChanged(company.Id, details.Value.Name, details.Value.Students, details.Value.BusinessIdea, company.SchoolYear, company.MentorId);
    }

    /// <param name="mentor">The company named, when it is in the company register.</param>
    public static Outcome<StudentCompanyMentorSet> SetMentor(StudentCompany company, MentorRequest request, CompanyReference? mentor)
    {
        if (MustBeActive(company) is { } stateError)
        {
            return stateError;
        }

        if (mentor is null || request.MentorId != mentor.Id)
        {
            return new DomainError("student-company.unknown-mentor", YoungEnterpriseTexts.StudentCompanyUnknownMentor);
        }

        return mentor.Id == company.MentorId
            ? new DomainError("student-company.mentor-unchanged", YoungEnterpriseTexts.StudentCompanyMentorUnchanged)
            : new StudentCompanyMentorSet(company.Id, mentor.Id, mentor.Name, company.MentorId, company.Name, company.SchoolYear);
    }

    public static Outcome<StudentCompanyMentorRemoved> RemoveMentor(StudentCompany company)
    {
        if (MustBeActive(company) is { } stateError)
        {
            return stateError;
        }

        return company.MentorId is { } mentorId
            ? new StudentCompanyMentorRemoved(company.Id, mentorId)
            : new DomainError("student-company.no-mentor", YoungEnterpriseTexts.StudentCompanyNoMentor, StatusCodes.Status409Conflict);
    }

    public static Outcome<StudentCompanyWoundUp> WindUp(StudentCompany company, DateOnly today) =>
        MustBeActive(company) is { } stateError ? stateError : new StudentCompanyWoundUp(company.Id, today);

    /// <summary>A school year written "2023/24", from <see cref="FirstStartYear"/> to the year after the current one.</summary>
    public static Outcome<SchoolYear> CheckSchoolYear(string? written, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return new DomainError("student-company.school-year-required", YoungEnterpriseTexts.StudentCompanySchoolYearRequired);
        }

        return SchoolYear.Parse(written) is { } year && year.StartYear >= FirstStartYear && year.StartYear <= SchoolYear.Of(today).StartYear + 1
            ? year
            : new DomainError("student-company.school-year-invalid", YoungEnterpriseTexts.StudentCompanySchoolYearInvalid);
    }

    private static Outcome<(string Name, int Students, string BusinessIdea)> CheckDetails(StudentCompanyDetailsRequest request)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            return new DomainError("student-company.name-invalid", SwedishFormat.Format(YoungEnterpriseTexts.StudentCompanyNameInvalid, MaxNameLength));
        }

        if (request.Students is not { } students || students is < 1 or > MaxStudents)
        {
            return new DomainError("student-company.students-invalid", SwedishFormat.Format(YoungEnterpriseTexts.StudentCompanyStudentsInvalid, MaxStudents));
        }

        var idea = request.BusinessIdea?.Trim() ?? "";
        return idea.Length is 0 or > MaxBusinessIdeaLength
            ? new DomainError("student-company.business-idea-invalid", SwedishFormat.Format(YoungEnterpriseTexts.StudentCompanyBusinessIdeaInvalid, MaxBusinessIdeaLength))
            : (name, students, idea);
    }

    private static DomainError? MustBeActive(StudentCompany company) =>
        company.Status == StudentCompanyStatus.WoundUp
            ? new DomainError("student-company.wound-up", YoungEnterpriseTexts.StudentCompanyWoundUp, StatusCodes.Status409Conflict)
            : null;
}
