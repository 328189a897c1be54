using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Companies.Resources;

namespace Naringslivsplattform.Companies.Companies;

/// <summary>A company with its current stream version; null when there is none.</summary>
internal sealed record GetCompany(Guid CompanyId) : IQuery<CompanyResponse?>;

internal sealed class GetCompanyHandler(IQuerySession session) : IQueryHandler<GetCompany, CompanyResponse?>
{
    public async ValueTask<CompanyResponse?> Handle(GetCompany query, CancellationToken cancellationToken) =>
        await session.LoadWithVersionAsync<Company>(query.CompanyId, cancellationToken) is var (company, version)
            ? CompanyResponse.Of(company, version)
            : null;
}

internal static class GetCompanyEndpoint
{
    public static readonly DomainError NotFound = new("company.not-found", CompaniesTexts.CompanyNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapGet("/{companyId:guid}", async (Guid companyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new GetCompany(companyId), ct) is { } company ? company : (Outcome<CompanyResponse>)NotFound))
            .WithName("GetCompany")
            .WithSummary("Ett företag")
            .WithDescription("Företaget med SNI-koder, ort, storleksklass och kontaktpersoner (personuppgifter); versionen i ETag används i If-Match vid ändringar.");
}
