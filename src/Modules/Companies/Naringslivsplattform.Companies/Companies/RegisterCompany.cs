using JasperFx;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Companies.Erasure;

namespace Naringslivsplattform.Companies.Companies;

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the company the first request registered.</param>
internal sealed record RegisterCompany(RegisterCompanyRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<CompanyResponse>>;

internal sealed class RegisterCompanyHandler(IDocumentSession session, OperationContext operation) : ICommandHandler<RegisterCompany, Outcome<CompanyResponse>>
{
    /// <summary>What keyed company streams are created under; the caller's municipality is part of the caller.</summary>
    private static readonly Guid RegisterScope = new("5d0c7a4e-2f61-4b8e-9a3c-c0a1e5f2d462");

    public async ValueTask<Outcome<CompanyResponse>> Handle(RegisterCompany command, CancellationToken cancellationToken)
    {
        var keyed = command.IdempotencyKey is not null;
        var companyId = keyed ? IdempotentStarts.StreamIdFor(RegisterScope, $"{session.TenantId}/{operation.UserName}", command.IdempotencyKey!) : Guid.CreateVersion7();
        var decision = CompanyDecisions.Register(companyId, command.Request, Localities.Of(session.TenantId));
        if (decision.Value is not { } registered)
        {
            return decision.Error!;
        }

        // A retry of a keyed registration finds its own claim: leave the answer to the replay.
        var retried = keyed && await session.Events.FetchStreamStateAsync(companyId, cancellationToken) is not null;
        if (!retried)
        {
            if ((await SealedClaims.TakenAsync(session, [registered.OrganisationNumber.Value], cancellationToken)).Count > 0)
            {
                return CompanyDecisions.DuplicateOrganisationNumber(registered.OrganisationNumber);
            }

            session.Insert(new OrganisationNumberClaim(registered.OrganisationNumber.Value, registered.CompanyId));
        }

        Outcome<bool> started;
        try
        {
            started = await session.StartOnceAsync<Company>(companyId, registered, keyed, cancellationToken);
        }
        catch (DocumentAlreadyExistsException)
        {
            // A concurrent registration claimed the number between the check above and this commit.
            return CompanyDecisions.DuplicateOrganisationNumber(registered.OrganisationNumber);
        }

        if (started.Error is { } reused)
        {
            return reused;
        }

        return started.Value && await session.LoadWithVersionAsync<Company>(companyId, cancellationToken) is var (stored, version)
            ? CompanyResponse.Of(stored, version)
            : CompanyResponse.Of(Company.Create(registered), 1);
    }

    /// <summary>Starts the company's stream (with <paramref name="then"/> after the registration) and claims its number in the same unit of work.</summary>
    public static void Append(IDocumentSession session, CompanyRegistered registered, IReadOnlyList<object> then)
    {
        session.Insert(new OrganisationNumberClaim(registered.OrganisationNumber.Value, registered.CompanyId));
        session.Events.StartStream<Company>(registered.CompanyId, [registered, .. then]);
    }
}

internal static class RegisterCompanyEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapPost("/", async Task<Results<Created<CompanyResponse>, ProblemHttpResult>> (RegisterCompanyRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                if (IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey)
                {
                    return invalidKey.ToProblem();
                }

                var outcome = await mediator.Send(new RegisterCompany(request, key), ct);
                if (outcome.Value is not { } created)
                {
                    return outcome.Error!.ToProblem();
                }

                StreamVersions.SetETag(http, created.Version);
                return TypedResults.Created($"/api/v1/companies/{created.Id}", created);
            })
            .WithName("RegisterCompany")
            .WithSummary("Registrera ett företag")
            .WithDescription("Organisationsnummer (NNNNNN-NNNN, kontrollsiffra enligt Luhn; soleTrader = true för enskild näringsidkare vars nummer är ett personnummer), namn, SNI 2007-koder (5 siffror), ort ur kommunens ortslista och storleksklass (0, 1-4, 5-9, 10-19, 20-49, 50-249, 250+). Ett organisationsnummer kan bara registreras en gång per kommun (409). Svaret har företagets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma företag i stället för 409.");
}
