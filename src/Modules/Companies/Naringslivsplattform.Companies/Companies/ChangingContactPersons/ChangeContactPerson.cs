using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Companies;

/// <summary>Changes one of a company's contact persons, based on the version the caller saw.</summary>
internal sealed record ChangeContactPerson(Guid CompanyId, Guid ContactId, long ExpectedVersion, ContactPersonRequest Request) : ICommand<Outcome<CompanyResponse>>;

internal sealed class ChangeContactPersonHandler(IDocumentSession session) : ICommandHandler<ChangeContactPerson, Outcome<CompanyResponse>>
{
    public async ValueTask<Outcome<CompanyResponse>> Handle(ChangeContactPerson command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<Company, ContactPersonChanged>(
            command.CompanyId, command.ExpectedVersion, CompanyStreams.Errors,
            company => CompanyRules.ChangeContact(company, command.ContactId, command.Request),
            cancellationToken))
        .Map(CompanyResponse.Of);
}

internal static class ChangeContactPersonEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapPut("/{companyId:guid}/contacts/{contactId:guid}", (Guid companyId, Guid contactId, ContactPersonRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, CompanyStreams.Errors, version => mediator.Send(new ChangeContactPerson(companyId, contactId, version, request), ct)))
            .WithName("ChangeContactPerson")
            .WithSummary("Ändra en kontaktperson")
            .WithDescription("Namn, roll, telefon och e-post. Kräver If-Match.");
}
