namespace Naringslivsplattform.Schools.IndustryCouncils;

/// <summary>A member company leaves the council, based on the version the caller saw.</summary>
internal sealed record RemoveCouncilMember(Guid CouncilId, long ExpectedVersion, Guid CompanyId) : ICommand<Outcome<IndustryCouncilResponse>>;

internal sealed class RemoveCouncilMemberHandler(IDocumentSession session) : ICommandHandler<RemoveCouncilMember, Outcome<IndustryCouncilResponse>>
{
    public async ValueTask<Outcome<IndustryCouncilResponse>> Handle(RemoveCouncilMember command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<IndustryCouncil, CouncilMemberRemoved>(
            command.CouncilId, command.ExpectedVersion, IndustryCouncilStreams.Errors,
            council => IndustryCouncilRules.RemoveMember(council, command.CompanyId), cancellationToken))
        .Map(IndustryCouncilResponse.Of);
}

internal static class RemoveCouncilMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder councils) =>
        councils.MapDelete("/{industryCouncilId:guid}/members/{companyId:guid}", (Guid industryCouncilId, Guid companyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, IndustryCouncilStreams.Errors, version => mediator.Send(new RemoveCouncilMember(industryCouncilId, version, companyId), ct)))
            .WithName("RemoveIndustryCouncilMember")
            .WithSummary("Ta bort ett medlemsföretag ur ett branschråd")
            .WithDescription("Företaget lämnar rådet. Kräver If-Match.");
}
