using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Schools.IndustryCouncils;

/// <param name="SeatHolder">Who holds the company's seat (personal data); optional.</param>
internal sealed record CouncilMemberRequest(Guid? CompanyId, string? SeatHolder, string? SeatHolderRole);

/// <summary>Gives a company from the register a seat on the council, based on the version the caller saw.</summary>
internal sealed record AddCouncilMember(Guid CouncilId, long ExpectedVersion, CouncilMemberRequest Request) : ICommand<Outcome<IndustryCouncilResponse>>;

internal sealed class AddCouncilMemberHandler(IDocumentSession session, ICompanyDirectory companies) : ICommandHandler<AddCouncilMember, Outcome<IndustryCouncilResponse>>
{
    public async ValueTask<Outcome<IndustryCouncilResponse>> Handle(AddCouncilMember command, CancellationToken cancellationToken)
    {
        var company = command.Request.CompanyId is { } companyId ? (await companies.FindAsync([companyId], cancellationToken)).SingleOrDefault() : null;
        return (await session.ChangeAsync<IndustryCouncil, CouncilMemberAdded>(
                command.CouncilId, command.ExpectedVersion, IndustryCouncilStreams.Errors,
                council => IndustryCouncilRules.AddMember(council, command.Request, company), cancellationToken))
            .Map(IndustryCouncilResponse.Of);
    }
}

internal static class AddCouncilMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder councils) =>
        councils.MapPost("/{industryCouncilId:guid}/members", (Guid industryCouncilId, CouncilMemberRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, IndustryCouncilStreams.Errors, version => mediator.Send(new AddCouncilMember(industryCouncilId, version, request), ct)))
            .WithName("AddIndustryCouncilMember")
            .WithSummary("Lägg till ett medlemsföretag i ett branschråd")
            .WithDescription("Ett företag ur företagsregistret (companyId; okänt ger industry-council.unknown-company) och valfritt platsinnehavarens namn och roll (personuppgifter). Kräver If-Match.");
}
