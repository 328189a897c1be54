using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>
/// How a UF company's mentor shows on the mentor's company page: the Companies module ties the company to the UF
/// company when it hears <see cref="CompanyTied"/>, and unties it on <see cref="CompanyUntied"/>. The messages are made of
/// this module's own events, relayed in order (<see cref="StudentCompaniesFeature"/>).
/// </summary>
internal static class StudentCompanyTies
{
    /// <summary>"Fjällglass UF (2023/24)": the same name can come back in another school year.</summary>
    public static string HolderName(string name, string schoolYear) => $"{name} ({schoolYear})";

    public static string Link(Guid studentCompanyId) => $"uf/foretag/{studentCompanyId}";

    /// <summary>The previous mentor, if any, is untied before the new one is tied.</summary>
    public static IEnumerable<object> MessagesOf(StudentCompanyMentorSet set) =>
        [
            .. set.PreviousMentorId is { } previous ? [new CompanyUntied(previous, set.StudentCompanyId)] : Array.Empty<object>(),
            .. Tied(set.MentorId, set.StudentCompanyId, set.Name, set.SchoolYear),
        ];

    /// <summary>A tie for the mentor, when there is one; sent again on every change of name, which changes nothing else.</summary>
    public static IEnumerable<object> Tied(Guid? mentorId, Guid studentCompanyId, string name, string schoolYear) =>
        mentorId is { } mentor
            ? [new CompanyTied(mentor, studentCompanyId, CompanyTieKinds.StudentCompanyMentor, HolderName(name, schoolYear), Link(studentCompanyId))]
            : [];
}
