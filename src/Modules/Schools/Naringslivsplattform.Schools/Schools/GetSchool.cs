using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Schools.Resources;

namespace Naringslivsplattform.Schools.Schools;

/// <summary>A school with its current stream version; null when there is none.</summary>
internal sealed record GetSchool(Guid SchoolId) : IQuery<SchoolResponse?>;

internal sealed class GetSchoolHandler(IQuerySession session) : IQueryHandler<GetSchool, SchoolResponse?>
{
    public async ValueTask<SchoolResponse?> Handle(GetSchool query, CancellationToken cancellationToken) =>
        await session.LoadWithVersionAsync<School>(query.SchoolId, cancellationToken) is var (school, version) ? SchoolResponse.Of(school, version) : null;
}

internal static class GetSchoolEndpoint
{
    public static readonly DomainError NotFound = new("school.not-found", SchoolsTexts.SchoolNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder schools) =>
        schools.MapGet("/{schoolId:guid}", async (Guid schoolId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new GetSchool(schoolId), ct) is { } school ? school : (Outcome<SchoolResponse>)NotFound))
            .WithName("GetSchool")
            .WithSummary("En skola")
            .WithDescription("Skolan med skolform och gymnasieprogram; versionen i ETag används i If-Match vid ändringar.");
}
