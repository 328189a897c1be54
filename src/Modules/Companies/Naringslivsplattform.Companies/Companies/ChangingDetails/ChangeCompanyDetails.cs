using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Companies;

/// <param name="SizeClass">A label: 0, 1-4, 5-9, 10-19, 20-49, 50-249 or 250+.</param>
internal sealed record CompanyDetailsRequest(string? Name, IReadOnlyList<string>? SniCodes, string? Locality, string? SizeClass);

/// <summary>Changes a company's name, SNI codes, locality and size class (never its number), based on the version the caller saw.</summary>
internal sealed record ChangeCompanyDetails(Guid CompanyId, long ExpectedVersion, CompanyDetailsRequest Request) : ICommand<Outcome<CompanyResponse>>;

internal sealed class ChangeCompanyDetailsHandler(IDocumentSession session) : ICommandHandler<ChangeCompanyDetails, Outcome<CompanyResponse>>
{
    public async ValueTask<Outcome<CompanyResponse>> Handle(ChangeCompanyDetails command, CancellationToken cancellationToken)
    {
        var localities = Localities.Of(session.TenantId);
        return (await session.ChangeAsync<Company, CompanyDetailsChanged>(
                command.CompanyId, command.ExpectedVersion, CompanyStreams.Errors,
                company => CompanyRules.ChangeDetails(company, command.Request, localities),
                cancellationToken))
            .Map(CompanyResponse.Of);
    }
}

internal static class ChangeCompanyDetailsEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapPut("/{companyId:guid}", (Guid companyId, CompanyDetailsRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, CompanyStreams.Errors, version => mediator.Send(new ChangeCompanyDetails(companyId, version, request), ct)))
            .WithName("ChangeCompanyDetails")
            .WithSummary("Ändra ett företags uppgifter")
            .WithDescription("Namn, SNI 2007-koder, ort och storleksklass; organisationsnumret ändras aldrig. Kräver If-Match med den version ändringen bygger på.");
}
