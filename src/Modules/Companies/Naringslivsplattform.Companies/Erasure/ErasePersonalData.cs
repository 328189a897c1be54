using JasperFx;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Resources;

namespace Naringslivsplattform.Companies.Erasure;

/// <summary>Erases a contact person (<paramref name="ContactId"/>) or, without one, a sole trader's personnummer, on request.</summary>
internal sealed record ErasePersonalData(Guid CompanyId, long ExpectedVersion, Guid? ContactId) : ICommand<Outcome<CompanyResponse>>;

/// <summary>
/// Masks the events that hold the data (Marten's masking rules, <see cref="PersonalDataMasking"/>), then records the
/// erasure, which takes the data out of the snapshot. Masking first: it runs in its own transaction and may be
/// repeated, so when the recording fails (a change in between) a retry masks again and records once.
/// </summary>
internal sealed class ErasePersonalDataHandler(IDocumentSession session, OperationContext operation, TimeProvider time)
    : ICommandHandler<ErasePersonalData, Outcome<CompanyResponse>>
{
    public async ValueTask<Outcome<CompanyResponse>> Handle(ErasePersonalData command, CancellationToken cancellationToken)
    {
        var fetched = await ChangeCompanyHandler.FetchAsync(session, command.CompanyId, command.ExpectedVersion, cancellationToken);
        if (fetched.Value is not { Aggregate: { } company } stream)
        {
            return fetched.Error!;
        }

        var decision = command.ContactId is { } contactId
            ? ErasureDecisions.EraseContact(company, contactId, operation.UserName, time.GetUtcNow()).Widen()
            : ErasureDecisions.EraseNumber(company, operation.UserName, time.GetUtcNow()).Widen();
        if (decision.Value is not { } erasure)
        {
            return decision.Error!;
        }

        var holds = command.ContactId is { } erased ? PersonalDataMasking.HoldsContact(erased) : PersonalDataMasking.HoldsNumber;
        await session.DocumentStore.Advanced.ApplyEventDataMasking(m => m.ForTenant(session.TenantId).IncludeStream(company.Id, holds), cancellationToken);
        if (erasure is PersonalIdentityNumberErased)
        {
            await SealedClaims.SealAsync(session, company.OrganisationNumber, company.Id, cancellationToken);
        }

        try
        {
            return await ChangeCompanyHandler.AppendAsync(session, stream, erasure, command.ExpectedVersion, cancellationToken);
        }
        catch (DocumentAlreadyExistsException)
        {
            // Another user's first erasure in the municipality created the sealing key at the same moment. The events are masked but the erasure is not recorded; repeating the request completes it.
            return new DomainError("company.erasure-conflict", CompaniesTexts.RegisterErasureConflict, StatusCodes.Status409Conflict);
        }
    }
}

internal static class ErasePersonalDataEndpoints
{
    public static void Map(IEndpointRouteBuilder companies)
    {
        companies.MapPost("/{companyId:guid}/contacts/{contactId:guid}/erasure", (Guid companyId, Guid contactId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(http, mediator, companyId, contactId, ct))
            .WithName("EraseContactPerson")
            .WithSummary("Radera en kontaktpersons personuppgifter")
            .WithDescription("På begäran (GDPR): namn, roll, telefon och e-post maskeras i alla händelser, även för en kontaktperson som tagits bort tidigare. Raderingen registreras med vem och när, utan personuppgifter. Kräver administratör och If-Match.");
        companies.MapPost("/{companyId:guid}/personal-identity-number/erasure", (Guid companyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(http, mediator, companyId, null, ct))
            .WithName("ErasePersonalIdentityNumber")
            .WithSummary("Radera en enskild näringsidkares personnummer")
            .WithDescription("På begäran (GDPR): personnumret maskeras (XXXXXX-XXXX) i händelserna och på företaget; företaget, SNI-koder, ort och storleksklass finns kvar för statistiken, och samma personnummer kan fortfarande inte registreras igen. Kräver administratör och If-Match.");
    }

    private static Task<Results<Ok<CompanyResponse>, ProblemHttpResult>> SendAsync(HttpContext http, IMediator mediator, Guid companyId, Guid? contactId, CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            ChangeCompanyEndpoints.VersionRequired,
            expectedVersion => mediator.Send(new ErasePersonalData(companyId, expectedVersion, contactId), ct));
}
