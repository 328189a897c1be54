using Naringslivsplattform.Schools.Contracts;

namespace Naringslivsplattform.Schools.Schools;

internal sealed record SchoolResponse(Guid Id, string Name, SchoolLevel Level, IReadOnlyList<SchoolProgramme> Programmes, long Version) : IVersionedResponse
{
    public static SchoolResponse Of(Versioned<School> school) => Of(school.Value, school.Version);

    public static SchoolResponse Of(School school, long version) => new(school.Id, school.Name, school.Level, school.Programmes, version);
}
