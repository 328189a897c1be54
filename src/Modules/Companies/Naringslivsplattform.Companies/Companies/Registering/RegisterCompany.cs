using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Companies;

/// <param name="SoleTrader">True for an enskild näringsidkare, whose number is the owner's personnummer.</param>
/// <param name="SizeClass">A label: 0, 1-4, 5-9, 10-19, 20-49, 50-249 or 250+.</param>
internal sealed record RegisterCompanyRequest(string? OrganisationNumber, bool SoleTrader, string? Name, IReadOnlyList<string>? SniCodes, string? Locality, string? SizeClass)
{
    public CompanyDetailsRequest Details => new(Name, SniCodes, Locality, SizeClass);
}

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the company the first request registered.</param>
internal sealed record RegisterCompany(RegisterCompanyRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<CompanyResponse>>>;

/// <summary>Starts the company's stream and claims its organisation number in the same unit of work; the number is checked against the municipality's register.</summary>
internal sealed class RegisterCompanyHandler(IDocumentSession session, OperationContext operation) : ICommandHandler<RegisterCompany, Outcome<Started<CompanyResponse>>>
{
    public async ValueTask<Outcome<Started<CompanyResponse>>> Handle(RegisterCompany command, CancellationToken cancellationToken)
    {
        var localities = Localities.Of(session.TenantId);
        var started = await session.StartOnceAsync<Company, CompanyRegistered>(
            IdempotencyKeys.StreamFor(session, operation, CompanyStreams.Kind, command.IdempotencyKey),
            companyId => CompanyRules.Register(companyId, command.Request, localities),
            cancellationToken,
            OrganisationNumberClaims.Instance);
        return started.Map(company => company.Select(CompanyResponse.Of));
    }
}

internal static class RegisterCompanyEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapPost("/", (RegisterCompanyRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/companies", key => mediator.Send(new RegisterCompany(request, key), ct)))
            .WithName("RegisterCompany")
            .WithSummary("Registrera ett företag")
            .WithDescription("Organisationsnummer (NNNNNN-NNNN, kontrollsiffra enligt Luhn; soleTrader = true för enskild näringsidkare vars nummer är ett personnummer), namn, SNI 2007-koder (5 siffror), ort ur kommunens ortslista och storleksklass (0, 1-4, 5-9, 10-19, 20-49, 50-249, 250+). Ett organisationsnummer kan bara registreras en gång per kommun (409). Svaret har företagets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma företag i stället för 409 (Idempotent-Replayed: true).");
}
