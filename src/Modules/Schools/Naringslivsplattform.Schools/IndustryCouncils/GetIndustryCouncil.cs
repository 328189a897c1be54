using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Schools.Resources;

namespace Naringslivsplattform.Schools.IndustryCouncils;

internal sealed record GetIndustryCouncil(Guid CouncilId) : IQuery<IndustryCouncilResponse?>;

internal sealed class GetIndustryCouncilHandler(IQuerySession session) : IQueryHandler<GetIndustryCouncil, IndustryCouncilResponse?>
{
    public async ValueTask<IndustryCouncilResponse?> Handle(GetIndustryCouncil query, CancellationToken cancellationToken) =>
        await session.LoadWithVersionAsync<IndustryCouncil>(query.CouncilId, cancellationToken) is var (council, version)
            ? IndustryCouncilResponse.Of(council, version)
            : null;
}

internal static class GetIndustryCouncilEndpoint
{
    public static readonly DomainError NotFound = new("industry-council.not-found", SchoolsTexts.CouncilNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder councils) =>
        councils.MapGet("/{industryCouncilId:guid}", async (Guid industryCouncilId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new GetIndustryCouncil(industryCouncilId), ct) is { } council ? council : (Outcome<IndustryCouncilResponse>)NotFound))
            .WithName("GetIndustryCouncil")
            .WithSummary("Ett branschråd")
            .WithDescription("Rådet med skola, gymnasieprogram och medlemsföretag (med platsinnehavare: personuppgifter); versionen i ETag används i If-Match vid ändringar.");
}
