namespace Naringslivsplattform.Schools.IndustryCouncils;

/// <summary>A council with its current stream version; null when there is none.</summary>
internal sealed record GetIndustryCouncil(Guid CouncilId) : IQuery<IndustryCouncilResponse?>;

internal sealed class GetIndustryCouncilHandler(IQuerySession session) : IQueryHandler<GetIndustryCouncil, IndustryCouncilResponse?>
{
    public async ValueTask<IndustryCouncilResponse?> Handle(GetIndustryCouncil query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<IndustryCouncil>(query.CouncilId, cancellationToken) is { } council ? IndustryCouncilResponse.Of(council) : null;
}

internal static class GetIndustryCouncilEndpoint
{
    public static void Map(IEndpointRouteBuilder councils) =>
        councils.MapGet("/{industryCouncilId:guid}", async (Guid industryCouncilId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetIndustryCouncil(industryCouncilId), ct), IndustryCouncilStreams.Errors))
            .WithName("GetIndustryCouncil")
            .WithSummary("Ett branschråd")
            .WithDescription("Rådet med skola, gymnasieprogram och medlemsföretag (med platsinnehavare: personuppgifter); versionen i ETag används i If-Match vid ändringar.");
}
