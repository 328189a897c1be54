namespace Naringslivsplattform.Schools.Schools;

/// <summary>A school with its current stream version; null when there is none.</summary>
internal sealed record GetSchool(Guid SchoolId) : IQuery<SchoolResponse?>;

internal sealed class GetSchoolHandler(IQuerySession session) : IQueryHandler<GetSchool, SchoolResponse?>
{
    public async ValueTask<SchoolResponse?> Handle(GetSchool query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<School>(query.SchoolId, cancellationToken) is { } school ? SchoolResponse.Of(school) : null;
}

internal static class GetSchoolEndpoint
{
    public static void Map(IEndpointRouteBuilder schools) =>
        schools.MapGet("/{schoolId:guid}", async (Guid schoolId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetSchool(schoolId), ct), SchoolStreams.Errors))
            .WithName("GetSchool")
            .WithSummary("En skola")
            .WithDescription("Skolan med skolform och gymnasieprogram; versionen i ETag används i If-Match vid ändringar.");
}
