using JasperFx;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Companies.Reference;

namespace Naringslivsplattform.Companies.Companies;

internal sealed record RegisterCompany(RegisterCompanyRequest Request) : ICommand<Outcome<CompanyResponse>>;

internal sealed class RegisterCompanyHandler(IDocumentSession session) : ICommandHandler<RegisterCompany, Outcome<CompanyResponse>>
{
    public async ValueTask<Outcome<CompanyResponse>> Handle(RegisterCompany command, CancellationToken cancellationToken)
    {
        var decision = CompanyDecisions.Register(Guid.CreateVersion7(), command.Request, Localities.Of(session.TenantId));
        if (decision.Value is not { } registered)
        {
            return decision.Error!;
        }

        if (await session.LoadAsync<OrganisationNumberClaim>(registered.OrganisationNumber.Value, cancellationToken) is not null)
        {
            return CompanyDecisions.DuplicateOrganisationNumber(registered.OrganisationNumber);
        }

        Append(session, registered);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (DocumentAlreadyExistsException)
        {
            // A concurrent registration claimed the number between the check above and this commit.
            return CompanyDecisions.DuplicateOrganisationNumber(registered.OrganisationNumber);
        }

        return CompanyResponse.Of(Company.Create(registered), 1);
    }

    /// <summary>Starts the company's stream and claims its number in the same unit of work.</summary>
    public static void Append(IDocumentSession session, CompanyRegistered registered)
    {
        session.Insert(new OrganisationNumberClaim(registered.OrganisationNumber.Value, registered.CompanyId));
        session.Events.StartStream<Company>(registered.CompanyId, registered);
    }
}

internal static class RegisterCompanyEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapPost("/", async Task<Results<Created<CompanyResponse>, ProblemHttpResult>> (RegisterCompanyRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(new RegisterCompany(request), ct);
                if (outcome.Value is not { } created)
                {
                    return outcome.Error!.ToProblem();
                }

                CompanyVersions.SetETag(http, created.Version);
                return TypedResults.Created($"/api/v1/companies/{created.Id}", created);
            })
            .WithName("RegisterCompany")
            .WithSummary("Registrera ett företag")
            .WithDescription("Organisationsnummer (NNNNNN-NNNN, kontrollsiffra enligt Luhn; soleTrader = true för enskild näringsidkare vars nummer är ett personnummer), namn, SNI 2007-koder (5 siffror), ort ur kommunens ortslista och storleksklass (0, 1-4, 5-9, 10-19, 20-49, 50-249, 250+). Ett organisationsnummer kan bara registreras en gång per kommun (409). Svaret har företagets version i ETag.");
}
