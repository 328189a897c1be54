using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.Schools.Schools;

namespace Naringslivsplattform.Schools.IndustryCouncils;

/// <summary>
/// A council is named after its programme and school, and its member companies show it by that name: a renamed school
/// renames its councils in the rename's unit of work, each council at the version it was read, so a concurrent change
/// of a council fails the rename rather than leave a member untold.
/// </summary>
internal sealed class CouncilsOfRenamedSchool : ISchoolNameHolder
{
    public async Task RenameAsync(IDocumentSession session, SchoolRenamed renamed, CancellationToken cancellationToken)
    {
        foreach (var council in await session.Query<IndustryCouncil>().WithSpecification(new IndustryCouncilsOf(renamed.SchoolId)).ToListAsync(cancellationToken))
        {
            var stream = await session.Events.FetchForWriting<IndustryCouncil>(council.Id, cancellationToken);
            if (stream.Aggregate is { } current && IndustryCouncilRules.SchoolRenamed(current, renamed.Name) is { } councilRenamed)
            {
                stream.AppendOne(councilRenamed);
            }
        }
    }
}
