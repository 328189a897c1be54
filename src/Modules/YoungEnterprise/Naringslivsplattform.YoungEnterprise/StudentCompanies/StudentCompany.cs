namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

internal enum StudentCompanyStatus
{
    Active,
    WoundUp,
}

/// <summary>A UF company (UF-företag) as its own stream has built it (inline snapshot).</summary>
internal sealed record StudentCompany(
    Guid Id,
    string SchoolYear,
    Guid SchoolId,
    string SchoolName,
    string Name,
    int Students,
    string BusinessIdea,
    Guid? MentorId,
    string? MentorName,
    StudentCompanyStatus Status,
    DateOnly? WoundUpOn)
{
    public static StudentCompany Create(StudentCompanyRegistered registered) =>
        new(registered.StudentCompanyId, registered.SchoolYear, registered.SchoolId, registered.SchoolName, registered.Name, registered.Students,
            registered.BusinessIdea, registered.MentorId, registered.MentorName, StudentCompanyStatus.Active, null);

    public StudentCompany Apply(StudentCompanyDetailsChanged changed) =>
        this with { Name = changed.Name, Students = changed.Students, BusinessIdea = changed.BusinessIdea };

    public StudentCompany Apply(StudentCompanyMentorSet set) => this with { MentorId = set.MentorId, MentorName = set.MentorName };

    public StudentCompany Apply(StudentCompanyMentorRemoved removed) => this with { MentorId = null, MentorName = null };

    public StudentCompany Apply(StudentCompanyWoundUp woundUp) => this with { Status = StudentCompanyStatus.WoundUp, WoundUpOn = woundUp.WoundUpOn };
}
