using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Schools.Resources;

namespace Naringslivsplattform.Schools.IndustryCouncils;

/// <summary>A change to a council, based on the version the caller saw; the decision gets the company named, if any, from the register.</summary>
internal sealed record ChangeIndustryCouncil(Guid CouncilId, long ExpectedVersion, Guid? CompanyId, Func<IndustryCouncil, CompanyReference?, Outcome<object>> Decide)
    : ICommand<Outcome<IndustryCouncilResponse>>;

internal sealed class ChangeIndustryCouncilHandler(IDocumentSession session, ICompanyDirectory companies)
    : ICommandHandler<ChangeIndustryCouncil, Outcome<IndustryCouncilResponse>>
{
    public async ValueTask<Outcome<IndustryCouncilResponse>> Handle(ChangeIndustryCouncil command, CancellationToken cancellationToken)
    {
        var company = command.CompanyId is { } id ? (await companies.FindAsync([id], cancellationToken)).SingleOrDefault() : null;
        var changed = await session.DecideAndAppendAsync<IndustryCouncil>(
            command.CouncilId, command.ExpectedVersion,
            GetIndustryCouncilEndpoint.NotFound,
            new DomainError("industry-council.version-stale", SchoolsTexts.CouncilVersionStale, StatusCodes.Status412PreconditionFailed),
            council => command.Decide(council, company),
            cancellationToken);
        return changed.Error is { } error ? error : IndustryCouncilResponse.Of(changed.Value.Aggregate, changed.Value.Version);
    }
}

internal static class ChangeIndustryCouncilEndpoints
{
    public static void Map(IEndpointRouteBuilder councils)
    {
        councils.MapPost("/{industryCouncilId:guid}/members", (Guid industryCouncilId, CouncilMemberRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(industryCouncilId, request.CompanyId, http, mediator, (council, company) => IndustryCouncilDecisions.AddMember(council, request, company).Widen(), ct))
            .WithName("AddIndustryCouncilMember")
            .WithSummary("Lägg till ett medlemsföretag i ett branschråd")
            .WithDescription("Ett företag ur företagsregistret (companyId; okänt ger industry-council.unknown-company) och valfritt platsinnehavarens namn och roll (personuppgifter). Kräver If-Match.");
        councils.MapDelete("/{industryCouncilId:guid}/members/{companyId:guid}", (Guid industryCouncilId, Guid companyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(industryCouncilId, null, http, mediator, (council, _) => IndustryCouncilDecisions.RemoveMember(council, companyId).Widen(), ct))
            .WithName("RemoveIndustryCouncilMember")
            .WithSummary("Ta bort ett medlemsföretag ur ett branschråd")
            .WithDescription("Företaget lämnar rådet. Kräver If-Match.");
    }

    private static Task<Results<Ok<IndustryCouncilResponse>, ProblemHttpResult>> SendAsync(
        Guid councilId, Guid? companyId, HttpContext http, IMediator mediator, Func<IndustryCouncil, CompanyReference?, Outcome<object>> decide, CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            new DomainError("industry-council.version-required", SchoolsTexts.CouncilVersionRequired, StatusCodes.Status428PreconditionRequired),
            expectedVersion => mediator.Send(new ChangeIndustryCouncil(councilId, expectedVersion, companyId, decide), ct));
}
