namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>A UF company is registered for a school year at a school, with its mentor company if it has one.</summary>
/// <param name="SchoolYear">"2023/24".</param>
/// <param name="SchoolName">As the school register named it then, for lists and the mentor's company page.</param>
internal sealed record StudentCompanyRegistered(
    Guid StudentCompanyId, string SchoolYear, Guid SchoolId, string SchoolName, string Name, int Students, string BusinessIdea, Guid? MentorId, string? MentorName);

/// <summary>
/// The UF company's name, number of students or business idea changed. It carries the school year and the mentor, so the
/// mentor's tie can be sent again under the current name without reading the stream.
/// </summary>
internal sealed record StudentCompanyDetailsChanged(Guid StudentCompanyId, string Name, int Students, string BusinessIdea, string SchoolYear, Guid? MentorId);

/// <summary>A mentor company is set, or replaces <paramref name="PreviousMentorId"/>; name and school year make the tie's holder name.</summary>
internal sealed record StudentCompanyMentorSet(Guid StudentCompanyId, Guid MentorId, string MentorName, Guid? PreviousMentorId, string Name, string SchoolYear);

internal sealed record StudentCompanyMentorRemoved(Guid StudentCompanyId, Guid PreviousMentorId);

/// <summary>The UF company is wound up (avvecklat), as UF companies are at the end of their school year.</summary>
internal sealed record StudentCompanyWoundUp(Guid StudentCompanyId, DateOnly WoundUpOn);

internal static class StudentCompanyEventTypes
{
    public static readonly Type[] All =
    [
        typeof(StudentCompanyRegistered), typeof(StudentCompanyDetailsChanged), typeof(StudentCompanyMentorSet), typeof(StudentCompanyMentorRemoved),
        typeof(StudentCompanyWoundUp),
    ];
}
