using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.FollowUps;

internal sealed record GiveFeedbackRequest(DateOnly? GivenOn, string? Note);

/// <summary>Records that the company heard back, which closes a follow-up awaiting feedback; based on the version the caller saw.</summary>
internal sealed record GiveFeedback(Guid FollowUpId, long ExpectedVersion, GiveFeedbackRequest Request) : ICommand<Outcome<FollowUpResponse>>;

internal sealed class GiveFeedbackHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<GiveFeedback, Outcome<FollowUpResponse>>
{
    public async ValueTask<Outcome<FollowUpResponse>> Handle(GiveFeedback command, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(time);
        var changed = await session.ChangeAsync<FollowUp, IFollowUpEvent>(
            command.FollowUpId, command.ExpectedVersion, FollowUpStreams.Errors, followUp => FollowUpRules.GiveFeedback(followUp, command.Request, today), cancellationToken);
        return await FollowUpResponse.OfAsync(session, changed, today, cancellationToken);
    }
}

internal static class GiveFeedbackEndpoint
{
    public static void Map(IEndpointRouteBuilder followUps) =>
        followUps.MapPost("/{followUpId:guid}/feedback", (Guid followUpId, GiveFeedbackRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, FollowUpStreams.Errors, version => mediator.Send(new GiveFeedback(followUpId, version, request), ct)))
            .WithName("GiveFollowUpFeedback")
            .WithSummary("Registrera återkoppling till företaget")
            .WithDescription("givenOn (dagen företaget fick återkoppling, inte i framtiden) och note (hur och vad). En uppföljning som väntar på återkoppling stängs därmed. Kräver If-Match.");
}
