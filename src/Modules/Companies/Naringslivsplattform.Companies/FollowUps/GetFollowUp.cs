using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.FollowUps;

/// <summary>A follow-up with its company's name and its current stream version (the version a change must be based on); null when there is none.</summary>
internal sealed record GetFollowUp(Guid FollowUpId) : IQuery<FollowUpResponse?>;

internal sealed class GetFollowUpHandler(IQuerySession session, TimeProvider time) : IQueryHandler<GetFollowUp, FollowUpResponse?>
{
    public async ValueTask<FollowUpResponse?> Handle(GetFollowUp query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<FollowUp>(query.FollowUpId, cancellationToken) is { } followUp
            ? (await FollowUpResponse.OfAsync(session, followUp, SwedishTime.Today(time), cancellationToken)).Value
            : null;
}

internal static class GetFollowUpEndpoint
{
    public static void Map(IEndpointRouteBuilder followUps) =>
        followUps.MapGet("/{followUpId:guid}", async (Guid followUpId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetFollowUp(followUpId), ct), FollowUpStreams.Errors))
            .WithName("GetFollowUp")
            .WithSummary("En uppföljning")
            .WithDescription("Företagets behov, kategori, ansvarig, förfallodag, status (Open, AwaitingFeedback, Closed), om den är försenad, utfall och återkoppling; versionen i ETag används i If-Match vid ändringar.");
}
