using JasperFx.Events;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Companies.Resources;

namespace Naringslivsplattform.Companies.Companies;

/// <summary>A change to a registered company, based on the version the caller saw; the decision gets the municipality's localities.</summary>
internal sealed record ChangeCompany(Guid CompanyId, long ExpectedVersion, Func<Company, IReadOnlyList<Locality>, Outcome<object>> Decide)
    : ICommand<Outcome<CompanyResponse>>;

internal sealed class ChangeCompanyHandler(IDocumentSession session) : ICommandHandler<ChangeCompany, Outcome<CompanyResponse>>
{
    private static readonly DomainError Stale = new("company.version-stale", CompaniesTexts.CompanyVersionStale, StatusCodes.Status412PreconditionFailed);

    public async ValueTask<Outcome<CompanyResponse>> Handle(ChangeCompany command, CancellationToken cancellationToken)
    {
        var localities = Localities.Of(session.TenantId);
        var changed = await session.DecideAndAppendAsync<Company>(
            command.CompanyId, command.ExpectedVersion, GetCompanyEndpoint.NotFound, Stale, company => command.Decide(company, localities), cancellationToken);
        return changed.Error is { } error ? error : CompanyResponse.Of(changed.Value.Aggregate, changed.Value.Version);
    }

    /// <summary>The company's stream at the version a change is based on: 404 when there is none, 412 when it has moved on.</summary>
    public static Task<Outcome<IEventStream<Company>>> FetchAsync(IDocumentSession session, Guid companyId, long expectedVersion, CancellationToken cancellationToken) =>
        session.FetchAtVersionAsync<Company>(companyId, expectedVersion, GetCompanyEndpoint.NotFound, Stale, cancellationToken);

    /// <summary>Appends the change, saves the unit of work and answers with the company as it now is.</summary>
    public static async Task<CompanyResponse> AppendAsync(IDocumentSession session, IEventStream<Company> stream, object change, long expectedVersion, CancellationToken cancellationToken)
    {
        stream.AppendOne(change);
        await session.SaveChangesAsync(cancellationToken);
        var changed = await session.Events.FetchLatest<Company>(stream.Id, cancellationToken);
        return CompanyResponse.Of(changed!, expectedVersion + 1);
    }
}

internal static class ChangeCompanyEndpoints
{
    public static readonly DomainError VersionRequired =
        new("company.version-required", CompaniesTexts.CompanyVersionRequired, StatusCodes.Status428PreconditionRequired);

    public static void Map(IEndpointRouteBuilder companies)
    {
        companies.MapPut("/{companyId:guid}", (Guid companyId, CompanyDetailsRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(companyId, http, mediator, (company, localities) => CompanyDecisions.ChangeDetails(company, request, localities).Widen(), ct))
            .WithName("ChangeCompanyDetails")
            .WithSummary("Ändra ett företags uppgifter")
            .WithDescription("Namn, SNI 2007-koder, ort och storleksklass; organisationsnumret ändras aldrig. Kräver If-Match med den version ändringen bygger på.");
        companies.MapPost("/{companyId:guid}/contacts", (Guid companyId, ContactPersonRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(companyId, http, mediator, (company, _) => CompanyDecisions.AddContact(company, Guid.CreateVersion7(), request).Widen(), ct))
            .WithName("AddContactPerson")
            .WithSummary("Lägg till en kontaktperson")
            .WithDescription("Namn, roll, telefon och e-post (personuppgifter). Kräver If-Match.");
        companies.MapPut("/{companyId:guid}/contacts/{contactId:guid}", (Guid companyId, Guid contactId, ContactPersonRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(companyId, http, mediator, (company, _) => CompanyDecisions.ChangeContact(company, contactId, request).Widen(), ct))
            .WithName("ChangeContactPerson")
            .WithSummary("Ändra en kontaktperson")
            .WithDescription("Namn, roll, telefon och e-post. Kräver If-Match.");
        companies.MapDelete("/{companyId:guid}/contacts/{contactId:guid}", (Guid companyId, Guid contactId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(companyId, http, mediator, (company, _) => CompanyDecisions.RemoveContact(company, contactId).Widen(), ct))
            .WithName("RemoveContactPerson")
            .WithSummary("Ta bort en kontaktperson")
            .WithDescription("Kontaktpersonen tas bort från företaget. Kräver If-Match.");
    }

    private static Task<Results<Ok<CompanyResponse>, ProblemHttpResult>> SendAsync(
        Guid companyId, HttpContext http, IMediator mediator, Func<Company, IReadOnlyList<Locality>, Outcome<object>> decide, CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            VersionRequired,
            expectedVersion => mediator.Send(new ChangeCompany(companyId, expectedVersion, decide), ct));
}
