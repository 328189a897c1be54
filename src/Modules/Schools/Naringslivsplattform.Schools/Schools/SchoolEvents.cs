using Naringslivsplattform.Schools.Contracts;

namespace Naringslivsplattform.Schools.Schools;

internal sealed record SchoolRegistered(Guid SchoolId, string Name, SchoolLevel Level);

internal sealed record SchoolRenamed(Guid SchoolId, string Name);

internal sealed record ProgrammeAdded(Guid SchoolId, SchoolProgramme Programme);

internal static class SchoolEventTypes
{
    public static readonly Type[] All = [typeof(SchoolRegistered), typeof(SchoolRenamed), typeof(ProgrammeAdded)];
}
