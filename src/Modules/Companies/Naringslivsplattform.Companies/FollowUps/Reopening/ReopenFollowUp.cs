using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.FollowUps;

/// <summary>Takes a resolved or closed follow-up back to work, based on the version the caller saw.</summary>
internal sealed record ReopenFollowUp(Guid FollowUpId, long ExpectedVersion) : ICommand<Outcome<FollowUpResponse>>;

internal sealed class ReopenFollowUpHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<ReopenFollowUp, Outcome<FollowUpResponse>>
{
    public async ValueTask<Outcome<FollowUpResponse>> Handle(ReopenFollowUp command, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(time);
        var changed = await session.ChangeAsync<FollowUp, FollowUpReopened>(
            command.FollowUpId, command.ExpectedVersion, FollowUpStreams.Errors, followUp => FollowUpRules.Reopen(followUp, today), cancellationToken);
        return await FollowUpResponse.OfAsync(session, changed, today, cancellationToken);
    }
}

internal static class ReopenFollowUpEndpoint
{
    public static void Map(IEndpointRouteBuilder followUps) =>
        followUps.MapPost("/{followUpId:guid}/reopen", (Guid followUpId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, FollowUpStreams.Errors, version => mediator.Send(new ReopenFollowUp(followUpId, version), ct)))
            .WithName("ReopenFollowUp")
            .WithSummary("Öppna en uppföljning igen")
            .WithDescription("En stängd eller åtgärdad uppföljning öppnas igen; att stänga den på nytt kräver nytt utfall och ny återkoppling. Kräver If-Match.");
}
