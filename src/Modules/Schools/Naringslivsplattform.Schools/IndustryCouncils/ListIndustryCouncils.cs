using Ardalis.Specification;
using Naringslivsplattform.BuildingBlocks.Specifications;

namespace Naringslivsplattform.Schools.IndustryCouncils;

/// <summary>The councils of a school (every school's when null), by name.</summary>
internal sealed class IndustryCouncilsOf : Specification<IndustryCouncil>
{
    public IndustryCouncilsOf(Guid? schoolId)
    {
        if (schoolId is { } id)
        {
            Query.Where(c => c.SchoolId == id);
        }

        Query.OrderBy(c => c.Name).ThenBy(c => c.Id);
    }
}

/// <summary>A council as a list shows it.</summary>
internal sealed record IndustryCouncilSummary(Guid Id, Guid SchoolId, Guid ProgrammeId, string Name, int MemberCount);

/// <summary>A municipality has a handful of councils, one per programme, so the list is not paged.</summary>
internal sealed record ListIndustryCouncils(Guid? SchoolId) : IQuery<IReadOnlyList<IndustryCouncilSummary>>;

internal sealed class ListIndustryCouncilsHandler(IQuerySession session) : IQueryHandler<ListIndustryCouncils, IReadOnlyList<IndustryCouncilSummary>>
{
    public async ValueTask<IReadOnlyList<IndustryCouncilSummary>> Handle(ListIndustryCouncils query, CancellationToken cancellationToken)
    {
        var councils = await session.Query<IndustryCouncil>().WithSpecification(new IndustryCouncilsOf(query.SchoolId)).ToListAsync(cancellationToken);
        return [.. councils.Select(c => new IndustryCouncilSummary(c.Id, c.SchoolId, c.ProgrammeId, c.Name, c.Members.Count))];
    }
}

internal static class ListIndustryCouncilsEndpoint
{
    public static void Map(IEndpointRouteBuilder councils) =>
        councils.MapGet("/", async (Guid? schoolId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListIndustryCouncils(schoolId), ct)))
            .WithName("ListIndustryCouncils")
            .WithSummary("Branschråd")
            .WithDescription("Kommunens branschråd efter namn, med antal medlemsföretag. Filter: schoolId.");
}
