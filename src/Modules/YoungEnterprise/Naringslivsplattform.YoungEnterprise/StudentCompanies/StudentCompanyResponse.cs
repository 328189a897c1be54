namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>A UF company as the API and the pages show it, with the stream version a change must be based on.</summary>
internal sealed record StudentCompanyResponse(
    Guid Id,
    long Version,
    string SchoolYear,
    Guid SchoolId,
    string SchoolName,
    string Name,
    int Students,
    string BusinessIdea,
    Guid? MentorId,
    string? MentorName,
    StudentCompanyStatus Status,
    DateOnly? WoundUpOn) : IVersionedResponse
{
    public static StudentCompanyResponse Of(Versioned<StudentCompany> company) => Of(company.Value, company.Version);

    public static StudentCompanyResponse Of(StudentCompany company, long version) =>
        new(company.Id, version, company.SchoolYear, company.SchoolId, company.SchoolName, company.Name, company.Students, company.BusinessIdea,
            company.MentorId, company.MentorName, company.Status, company.WoundUpOn);
}
