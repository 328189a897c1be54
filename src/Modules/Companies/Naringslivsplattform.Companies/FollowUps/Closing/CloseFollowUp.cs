using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.FollowUps;

/// <param name="Outcome">Required, unless the follow-up was resolved with one.</param>
/// <param name="FeedbackOn">Required, unless the company already heard back.</param>
internal sealed record CloseFollowUpRequest(string? Outcome, DateOnly? ClosedOn, DateOnly? FeedbackOn, string? Feedback);

/// <summary>Closes a follow-up with its outcome and the feedback the company got, based on the version the caller saw.</summary>
internal sealed record CloseFollowUp(Guid FollowUpId, long ExpectedVersion, CloseFollowUpRequest Request) : ICommand<Outcome<FollowUpResponse>>;

internal sealed class CloseFollowUpHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<CloseFollowUp, Outcome<FollowUpResponse>>
{
    public async ValueTask<Outcome<FollowUpResponse>> Handle(CloseFollowUp command, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(time);
        var changed = await session.ChangeAsync<FollowUp, FollowUpClosed>(
            command.FollowUpId, command.ExpectedVersion, FollowUpStreams.Errors, followUp => FollowUpRules.Close(followUp, command.Request, today), cancellationToken);
        return await FollowUpResponse.OfAsync(session, changed, today, cancellationToken);
    }
}

internal static class CloseFollowUpEndpoint
{
    public static void Map(IEndpointRouteBuilder followUps) =>
        followUps.MapPost("/{followUpId:guid}/close", (Guid followUpId, CloseFollowUpRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, FollowUpStreams.Errors, version => mediator.Send(new CloseFollowUp(followUpId, version, request), ct)))
            .WithName("CloseFollowUp")
            .WithSummary("Stäng en uppföljning")
            .WithDescription("outcome (krävs om den inte åtgärdats med ett utfall), closedOn (standard i dag), feedbackOn och feedback (krävs om företaget inte redan fått återkoppling). Kräver If-Match.");
}
