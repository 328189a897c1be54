using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Companies;

internal sealed record ContactPersonRequest(string? Name, string? Role, string? Phone, string? Email);

/// <summary>Adds a contact person (personal data) to a company, based on the version the caller saw.</summary>
internal sealed record AddContactPerson(Guid CompanyId, long ExpectedVersion, ContactPersonRequest Request) : ICommand<Outcome<CompanyResponse>>;

internal sealed class AddContactPersonHandler(IDocumentSession session) : ICommandHandler<AddContactPerson, Outcome<CompanyResponse>>
{
    public async ValueTask<Outcome<CompanyResponse>> Handle(AddContactPerson command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<Company, ContactPersonAdded>(
            command.CompanyId, command.ExpectedVersion, CompanyStreams.Errors,
            company => CompanyRules.AddContact(company, Guid.CreateVersion7(), command.Request),
            cancellationToken))
        .Map(CompanyResponse.Of);
}

internal static class AddContactPersonEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapPost("/{companyId:guid}/contacts", (Guid companyId, ContactPersonRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, CompanyStreams.Errors, version => mediator.Send(new AddContactPerson(companyId, version, request), ct)))
            .WithName("AddContactPerson")
            .WithSummary("Lägg till en kontaktperson")
            .WithDescription("Namn, roll, telefon och e-post (personuppgifter). Kräver If-Match.");
}
