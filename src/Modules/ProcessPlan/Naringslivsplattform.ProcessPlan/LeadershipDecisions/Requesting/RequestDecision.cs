using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.ProcessPlan.LeadershipDecisions;

internal sealed record RequestDecisionRequest(DecisionBody? Body, DateOnly? RequestedOn, string? Diarienummer);

/// <summary>Puts a needed decision to kommunfullmäktige, kommunstyrelsen or the management group, based on the version the caller saw.</summary>
internal sealed record RequestDecision(Guid DecisionId, long ExpectedVersion, RequestDecisionRequest Request) : ICommand<Outcome<DecisionResponse>>;

internal sealed class RequestDecisionHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<RequestDecision, Outcome<DecisionResponse>>
{
    public async ValueTask<Outcome<DecisionResponse>> Handle(RequestDecision command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<LeadershipDecision, DecisionRequested>(
            command.DecisionId, command.ExpectedVersion, DecisionStreams.Errors, decision => LeadershipDecisionRules.Request(decision, command.Request), cancellationToken))
        .Map(decision => DecisionResponse.Of(decision.Value, decision.Version, SwedishTime.Today(time)));
}

internal static class RequestDecisionEndpoint
{
    public static void Map(IEndpointRouteBuilder decisions) =>
        decisions.MapPost("/{decisionId:guid}/request", (Guid decisionId, RequestDecisionRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, DecisionStreams.Errors, version => mediator.Send(new RequestDecision(decisionId, version, request), ct)))
            .WithName("RequestDecision")
            .WithSummary("Begär ett beslut av kommunfullmäktige, kommunstyrelsen eller ledningsgruppen")
            .WithDescription("Organ, datum för begäran och diarienummer om det finns. Kräver If-Match med den version ändringen bygger på.");
}
