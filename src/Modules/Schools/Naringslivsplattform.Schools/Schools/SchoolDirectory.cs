using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.Schools.Contracts;

namespace Naringslivsplattform.Schools.Schools;

/// <summary>The schools as other modules see them (Schools.Contracts), read from the school snapshots.</summary>
internal sealed class SchoolDirectory(IQuerySession session) : ISchoolDirectory
{
    public async Task<SchoolReference?> FindAsync(Guid schoolId, CancellationToken cancellationToken) =>
        await session.LoadAsync<School>(schoolId, cancellationToken) is { } school ? ToReference(school) : null;

    public async Task<IReadOnlyList<SchoolReference>> ListAsync(CancellationToken cancellationToken)
    {
        var schools = await session.Query<School>().WithSpecification(new SchoolsByName()).ToListAsync(cancellationToken);
        return [.. schools.Select(ToReference)];
    }

    private static SchoolReference ToReference(School school) => new(school.Id, school.Name, school.Level);
}
