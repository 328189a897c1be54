using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Schools.Contracts;

namespace Naringslivsplattform.Schools.Schools;

/// <summary>The school register's rules. Pure: (state, request) → the event to append, or why nothing may be appended.</summary>
internal static class SchoolRules
{
    public const int MaxNameLength = 200;

    public static Outcome<SchoolRegistered> Register(Guid schoolId, RegisterSchoolRequest request)
    {
        if (CheckName(request.Name) is not { } name)
        {
            return NameInvalid();
        }

        return ParseLevel(request.Level) is { } level ? new SchoolRegistered(schoolId, name, level) : LevelInvalid;
    }

    public static Outcome<SchoolRenamed> Rename(School school, RenameSchoolRequest request) =>
        CheckName(request.Name) is { } name ? new SchoolRenamed(school.Id, name) : NameInvalid();

    public static Outcome<ProgrammeAdded> AddProgramme(School school, Guid programmeId, AddProgrammeRequest request)
    {
        if (school.Level != SchoolLevel.UpperSecondary)
        {
            return new DomainError("school.programme-needs-upper-secondary", SchoolsTexts.SchoolProgrammeNeedsUpperSecondary);
        }

        if (NationalProgrammes.Find(request.Name) is not { } name)
        {
            return new DomainError("school.programme-unknown", SwedishFormat.Format(SchoolsTexts.SchoolProgrammeUnknown, request.Name?.Trim() ?? ""));
        }

        if (school.Programmes.Any(p => p.Name == name))
        {
            return new DomainError("school.duplicate-programme", SwedishFormat.Format(SchoolsTexts.SchoolDuplicateProgramme, name), StatusCodes.Status409Conflict);
        }

        return new ProgrammeAdded(school.Id, new SchoolProgramme(programmeId, name));
    }

    public static readonly DomainError LevelInvalid = new("school.level-invalid", SchoolsTexts.SchoolLevelInvalid);

    /// <returns>Null unless <paramref name="text"/> names a level (Primary or UpperSecondary, in any case).</returns>
    public static SchoolLevel? ParseLevel(string? text) =>
        Enum.TryParse<SchoolLevel>(text?.Trim(), ignoreCase: true, out var level) && Enum.IsDefined(level) && !int.TryParse(text, out _) ? level : null;

    public static DomainError DuplicateName(string name) =>
        new("school.duplicate-name", SwedishFormat.Format(SchoolsTexts.SchoolDuplicateName, name), StatusCodes.Status409Conflict);

    /// <summary>The name trimmed, with single spaces between its words.</summary>
    public static string NormaliseName(string? text) => string.Join(' ', (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string? CheckName(string? text) => NormaliseName(text) is { Length: > 0 and <= MaxNameLength } name ? name : null;

    private static DomainError NameInvalid() => new("school.name-invalid", SwedishFormat.Format(SchoolsTexts.SchoolNameInvalid, MaxNameLength));
}
