using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Companies.Questionnaires;
using Naringslivsplattform.Companies.Resources;

namespace Naringslivsplattform.Companies.Visits;

/// <summary>A change to a visit, based on the version the caller saw; the decision gets the questionnaire named, if any, and today.</summary>
internal sealed record ChangeVisit(Guid VisitId, long ExpectedVersion, Guid? QuestionnaireId, Func<CompanyVisit, Questionnaire?, DateOnly, Outcome<object>> Decide)
    : ICommand<Outcome<VisitResponse>>;

internal sealed class ChangeVisitHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<ChangeVisit, Outcome<VisitResponse>>
{
    public async ValueTask<Outcome<VisitResponse>> Handle(ChangeVisit command, CancellationToken cancellationToken)
    {
        var questionnaire = command.QuestionnaireId is { } id ? await session.LoadAsync<Questionnaire>(id, cancellationToken) : null;
        var changed = await session.DecideAndAppendAsync<CompanyVisit>(
            command.VisitId, command.ExpectedVersion,
            GetVisitEndpoint.NotFound,
            new DomainError("visit.version-stale", CompaniesTexts.VisitVersionStale, StatusCodes.Status412PreconditionFailed),
            visit => command.Decide(visit, questionnaire, SwedishTime.Today(time)),
            cancellationToken);
        return changed.Error is { } error ? error : VisitResponse.Of(changed.Value.Aggregate, changed.Value.Version);
    }
}

internal static class ChangeVisitEndpoints
{
    public static void Map(IEndpointRouteBuilder visits)
    {
        visits.MapPost("/{visitId:guid}/reschedule", (Guid visitId, RescheduleVisitRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(visitId, null, http, mediator, (visit, _, today) => CompanyVisitDecisions.Reschedule(visit, request, today).Widen(), ct))
            .WithName("RescheduleVisit")
            .WithSummary("Flytta ett planerat företagsbesök")
            .WithDescription("Nytt datum, besökare (utelämnas för att behålla dem) och skäl. Kräver If-Match.");
        visits.MapPost("/{visitId:guid}/complete", (Guid visitId, CompleteVisitRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(visitId, request.QuestionnaireId, http, mediator, (visit, questionnaire, today) => CompanyVisitDecisions.Complete(visit, request, questionnaire, today).Widen(), ct))
            .WithName("CompleteVisit")
            .WithSummary("Rapportera ett företagsbesök som genomfört")
            .WithDescription("Dag, vilka som besökte, svar på en version av en enkät (questionnaireId och questionnaireVersion; senaste versionen om den utelämnas) och anteckningar. Svaren ska passa versionens frågor och frågetyper. Kräver If-Match.");
        visits.MapPost("/{visitId:guid}/cancel", (Guid visitId, CancelVisitRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(visitId, null, http, mediator, (visit, _, _) => CompanyVisitDecisions.Cancel(visit, request).Widen(), ct))
            .WithName("CancelVisit")
            .WithSummary("Ställ in ett planerat företagsbesök")
            .WithDescription("Skäl krävs. Kräver If-Match.");
    }

    private static Task<Results<Ok<VisitResponse>, ProblemHttpResult>> SendAsync(
        Guid visitId, Guid? questionnaireId, HttpContext http, IMediator mediator, Func<CompanyVisit, Questionnaire?, DateOnly, Outcome<object>> decide, CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            new DomainError("visit.version-required", CompaniesTexts.VisitVersionRequired, StatusCodes.Status428PreconditionRequired),
            expectedVersion => mediator.Send(new ChangeVisit(visitId, expectedVersion, questionnaireId, decide), ct));
}
