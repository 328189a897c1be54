using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.FollowUps;

internal sealed record ReassignFollowUpRequest(string? Owner);

/// <summary>Gives a follow-up to another official, based on the version the caller saw.</summary>
internal sealed record ReassignFollowUp(Guid FollowUpId, long ExpectedVersion, ReassignFollowUpRequest Request) : ICommand<Outcome<FollowUpResponse>>;

internal sealed class ReassignFollowUpHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<ReassignFollowUp, Outcome<FollowUpResponse>>
{
    public async ValueTask<Outcome<FollowUpResponse>> Handle(ReassignFollowUp command, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(time);
        var changed = await session.ChangeAsync<FollowUp, FollowUpReassigned>(
            command.FollowUpId, command.ExpectedVersion, FollowUpStreams.Errors, followUp => FollowUpRules.Reassign(followUp, command.Request), cancellationToken);
        return await FollowUpResponse.OfAsync(session, changed, today, cancellationToken);
    }
}

internal static class ReassignFollowUpEndpoint
{
    public static void Map(IEndpointRouteBuilder followUps) =>
        followUps.MapPost("/{followUpId:guid}/reassign", (Guid followUpId, ReassignFollowUpRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, FollowUpStreams.Errors, version => mediator.Send(new ReassignFollowUp(followUpId, version, request), ct)))
            .WithName("ReassignFollowUp")
            .WithSummary("Byt ansvarig för en uppföljning")
            .WithDescription("owner: den nya ansvariga tjänstepersonen, helst användarnamnet. Kräver If-Match.");
}
