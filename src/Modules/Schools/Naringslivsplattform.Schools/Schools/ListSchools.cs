using Ardalis.Specification;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.Schools.Contracts;

namespace Naringslivsplattform.Schools.Schools;

/// <summary>Schools of a level (every level when null), by name.</summary>
internal sealed class SchoolsByName : Specification<School>
{
    public SchoolsByName(SchoolLevel? level = null)
    {
        if (level is { } wanted)
        {
            Query.Where(s => s.Level == wanted);
        }

        Query.OrderBy(s => s.Name).ThenBy(s => s.Id);
    }
}

/// <summary>Every school of the municipality: a municipality has tens of schools, so the list is not paged.</summary>
internal sealed record ListSchools(SchoolLevel? Level = null) : IQuery<IReadOnlyList<SchoolResponse>>;

internal sealed class ListSchoolsHandler(IQuerySession session) : IQueryHandler<ListSchools, IReadOnlyList<SchoolResponse>>
{
    public async ValueTask<IReadOnlyList<SchoolResponse>> Handle(ListSchools query, CancellationToken cancellationToken)
    {
        var schools = await session.Query<School>().WithSpecification(new SchoolsByName(query.Level)).ToListAsync(cancellationToken);
        var listed = new List<SchoolResponse>(schools.Count);
        foreach (var school in schools)
        {
            var state = await session.Events.FetchStreamStateAsync(school.Id, cancellationToken);
            listed.Add(SchoolResponse.Of(school, state?.Version ?? 0));
        }

        return listed;
    }
}

internal static class ListSchoolsEndpoint
{
    public static void Map(IEndpointRouteBuilder schools) =>
        schools.MapGet("/", async Task<Results<Ok<IReadOnlyList<SchoolResponse>>, ProblemHttpResult>> (string? level, IMediator mediator, CancellationToken ct) =>
            {
                var wanted = SchoolRules.ParseLevel(level);
                return wanted is null && !string.IsNullOrWhiteSpace(level)
                    ? SchoolRules.LevelInvalid.ToProblem()
                    : TypedResults.Ok(await mediator.Send(new ListSchools(wanted), ct));
            })
            .WithName("ListSchools")
            .WithSummary("Skolor")
            .WithDescription("Kommunens skolor efter namn, med skolform och gymnasieprogram. Filter: level (Primary = grundskola, UpperSecondary = gymnasieskola).");
}
