using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Erasure;

/// <summary>Erases a contact person's data on request (GDPR), a current contact or one removed earlier, based on the version the caller saw.</summary>
internal sealed record EraseContactPerson(Guid CompanyId, Guid ContactId, long ExpectedVersion) : ICommand<Outcome<CompanyResponse>>;

internal sealed class EraseContactPersonHandler(IDocumentSession session, OperationContext operation, TimeProvider time)
    : ICommandHandler<EraseContactPerson, Outcome<CompanyResponse>>
{
    public async ValueTask<Outcome<CompanyResponse>> Handle(EraseContactPerson command, CancellationToken cancellationToken) =>
        await session.EraseAsync(
            command.CompanyId, command.ExpectedVersion,
            company => ErasureRules.EraseContact(company, command.ContactId, operation.UserName, time.GetUtcNow()),
            PersonalDataMasking.HoldsContact(command.ContactId),
            // Nothing else changes: losing a race means the company changed since the caller read it.
            _ => Task.FromResult(CompanyStreams.Errors.Stale),
            cancellationToken);
}

internal static class EraseContactPersonEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapPost("/{companyId:guid}/contacts/{contactId:guid}/erasure", (Guid companyId, Guid contactId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, CompanyStreams.Errors, version => mediator.Send(new EraseContactPerson(companyId, contactId, version), ct)))
            .WithName("EraseContactPerson")
            .WithSummary("Radera en kontaktpersons personuppgifter")
            .WithDescription("På begäran (GDPR): namn, roll, telefon och e-post maskeras i alla händelser, även för en kontaktperson som tagits bort tidigare. Raderingen registreras med vem och när, utan personuppgifter. Kräver administratör och If-Match.");
}
