using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Companies;

/// <summary>Takes a contact person off a company, based on the version the caller saw; the events still hold the data until it is erased.</summary>
internal sealed record RemoveContactPerson(Guid CompanyId, Guid ContactId, long ExpectedVersion) : ICommand<Outcome<CompanyResponse>>;

internal sealed class RemoveContactPersonHandler(IDocumentSession session) : ICommandHandler<RemoveContactPerson, Outcome<CompanyResponse>>
{
    public async ValueTask<Outcome<CompanyResponse>> Handle(RemoveContactPerson command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<Company, ContactPersonRemoved>(
            command.CompanyId, command.ExpectedVersion, CompanyStreams.Errors, company => CompanyRules.RemoveContact(company, command.ContactId), cancellationToken))
        .Map(CompanyResponse.Of);
}

internal static class RemoveContactPersonEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapDelete("/{companyId:guid}/contacts/{contactId:guid}", (Guid companyId, Guid contactId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, CompanyStreams.Errors, version => mediator.Send(new RemoveContactPerson(companyId, contactId, version), ct)))
            .WithName("RemoveContactPerson")
            .WithSummary("Ta bort en kontaktperson")
            .WithDescription("Kontaktpersonen tas bort från företaget. Kräver If-Match.");
}
