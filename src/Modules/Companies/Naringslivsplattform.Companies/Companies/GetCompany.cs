using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Companies;

/// <summary>A company with its current stream version (the version a change must be based on); null when there is none.</summary>
internal sealed record GetCompany(Guid CompanyId) : IQuery<CompanyResponse?>;

internal sealed class GetCompanyHandler(IQuerySession session) : IQueryHandler<GetCompany, CompanyResponse?>
{
    public async ValueTask<CompanyResponse?> Handle(GetCompany query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<Company>(query.CompanyId, cancellationToken) is { } company ? CompanyResponse.Of(company) : null;
}

internal static class GetCompanyEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapGet("/{companyId:guid}", async (Guid companyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetCompany(companyId), ct), CompanyStreams.Errors))
            .WithName("GetCompany")
            .WithSummary("Ett företag")
            .WithDescription("Företaget med SNI-koder, ort, storleksklass och kontaktpersoner (personuppgifter); versionen i ETag används i If-Match vid ändringar.");
}
