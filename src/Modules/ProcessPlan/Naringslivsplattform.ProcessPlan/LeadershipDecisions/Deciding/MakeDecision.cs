using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.ProcessPlan.LeadershipDecisions;

internal sealed record MakeDecisionRequest(DateOnly? DecidedOn, DecisionBody? Body, string? Diarienummer, string? Text, DecisionVerdict? Verdict);

/// <summary>Records the decision a body made on a requested decision, approved or rejected, based on the version the caller saw.</summary>
internal sealed record MakeDecision(Guid DecisionId, long ExpectedVersion, MakeDecisionRequest Request) : ICommand<Outcome<DecisionResponse>>;

internal sealed class MakeDecisionHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<MakeDecision, Outcome<DecisionResponse>>
{
    public async ValueTask<Outcome<DecisionResponse>> Handle(MakeDecision command, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(time);
        return (await session.ChangeAsync<LeadershipDecision, DecisionMade>(
                command.DecisionId, command.ExpectedVersion, DecisionStreams.Errors, decision => LeadershipDecisionRules.Decide(decision, command.Request, today), cancellationToken))
            .Map(decision => DecisionResponse.Of(decision.Value, decision.Version, today));
    }
}

internal static class MakeDecisionEndpoint
{
    public static void Map(IEndpointRouteBuilder decisions) =>
        decisions.MapPost("/{decisionId:guid}/decide", (Guid decisionId, MakeDecisionRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, DecisionStreams.Errors, version => mediator.Send(new MakeDecision(decisionId, version, request), ct)))
            .WithName("MakeDecision")
            .WithSummary("Registrera ett fattat beslut")
            .WithDescription("Beslutsdatum, organ, diarienummer (krävs för kommunfullmäktige och kommunstyrelsen), beslutstext och bifall eller avslag. Kräver If-Match.");
}
