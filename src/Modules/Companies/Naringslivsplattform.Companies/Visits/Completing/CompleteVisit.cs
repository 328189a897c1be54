using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.Companies.Questionnaires;

namespace Naringslivsplattform.Companies.Visits;

/// <param name="Visitors">Who actually went; left out, the visitors planned.</param>
/// <param name="QuestionnaireId">The questionnaire answered, if any; its <paramref name="QuestionnaireVersion"/> (latest when left out) is kept with the visit.</param>
internal sealed record CompleteVisitRequest(
    DateOnly? HeldOn, IReadOnlyList<VisitorRequest>? Visitors, Guid? QuestionnaireId, int? QuestionnaireVersion, IReadOnlyList<QuestionAnswer>? Answers, string? Notes);

/// <summary>Reports a planned visit as held, with the answers to one questionnaire version, based on the version the caller saw.</summary>
internal sealed record CompleteVisit(Guid VisitId, long ExpectedVersion, CompleteVisitRequest Request) : ICommand<Outcome<VisitResponse>>;

/// <summary>Loads the questionnaire the request names, so the rules can check the answers against the version answered.</summary>
internal sealed class CompleteVisitHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<CompleteVisit, Outcome<VisitResponse>>
{
    public async ValueTask<Outcome<VisitResponse>> Handle(CompleteVisit command, CancellationToken cancellationToken)
    {
        var questionnaire = command.Request.QuestionnaireId is { } id ? await session.LoadAsync<Questionnaire>(id, cancellationToken) : null;
        return (await session.ChangeAsync<CompanyVisit, CompanyVisitCompleted>(
                command.VisitId, command.ExpectedVersion, VisitStreams.Errors,
                visit => CompanyVisitRules.Complete(visit, command.Request, questionnaire, SwedishTime.Today(time)),
                cancellationToken))
            .Map(VisitResponse.Of);
    }
}

internal static class CompleteVisitEndpoint
{
    public static void Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{visitId:guid}/complete", (Guid visitId, CompleteVisitRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, VisitStreams.Errors, version => mediator.Send(new CompleteVisit(visitId, version, request), ct)))
            .WithName("CompleteVisit")
            .WithSummary("Rapportera ett företagsbesök som genomfört")
            .WithDescription("Dag, vilka som besökte, svar på en version av en enkät (questionnaireId och questionnaireVersion; senaste versionen om den utelämnas) och anteckningar. Svaren ska passa versionens frågor och frågetyper. Kräver If-Match.");
}
