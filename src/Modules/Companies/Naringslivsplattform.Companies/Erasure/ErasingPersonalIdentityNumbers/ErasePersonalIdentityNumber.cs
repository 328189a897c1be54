using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Erasure;

/// <summary>
/// Erases a sole trader's personnummer on request (GDPR), based on the version the caller saw: masked in the
/// registration and on the company, its claim sealed so the same number still cannot be registered again.
/// </summary>
internal sealed record ErasePersonalIdentityNumber(Guid CompanyId, long ExpectedVersion) : ICommand<Outcome<CompanyResponse>>;

internal sealed class ErasePersonalIdentityNumberHandler(IDocumentSession session, OperationContext operation, TimeProvider time)
    : ICommandHandler<ErasePersonalIdentityNumber, Outcome<CompanyResponse>>
{
    /// <summary>Another user's first erasure in the municipality made the sealing key at the same moment: the events are masked, repeating the request records the erasure.</summary>
    private static readonly DomainError ErasureConflict = new("company.erasure-conflict", CompaniesTexts.RegisterErasureConflict, StatusCodes.Status409Conflict);

    public async ValueTask<Outcome<CompanyResponse>> Handle(ErasePersonalIdentityNumber command, CancellationToken cancellationToken) =>
        await session.EraseAsync(
            command.CompanyId, command.ExpectedVersion,
            company => ErasureRules.EraseNumber(company, operation.UserName, time.GetUtcNow()),
            PersonalDataMasking.HoldsNumber,
            async company => await OrganisationNumberClaims.SealAsync(session, company.OrganisationNumber, company.Id, cancellationToken) ? ErasureConflict : CompanyStreams.Errors.Stale,
            cancellationToken);
}

internal static class ErasePersonalIdentityNumberEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapPost("/{companyId:guid}/personal-identity-number/erasure", (Guid companyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, CompanyStreams.Errors, version => mediator.Send(new ErasePersonalIdentityNumber(companyId, version), ct)))
            .WithName("ErasePersonalIdentityNumber")
            .WithSummary("Radera en enskild näringsidkares personnummer")
            .WithDescription("På begäran (GDPR): personnumret maskeras (XXXXXX-XXXX) i händelserna och på företaget; företaget, SNI-koder, ort och storleksklass finns kvar för statistiken, och samma personnummer kan fortfarande inte registreras igen. Kräver administratör och If-Match.");
}
