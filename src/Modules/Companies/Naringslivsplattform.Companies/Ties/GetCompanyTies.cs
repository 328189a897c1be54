using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Ties;

/// <param name="Kind">A key from <c>CompanyTieKinds</c>.</param>
/// <param name="KindName">The kind in Swedish, as the company page shows it.</param>
internal sealed record CompanyTieResponse(Guid HolderId, string Kind, string KindName, string HolderName, string Link);

/// <summary>What other modules tie a registered company to, by kind and name; null when there is no such company.</summary>
internal sealed record GetCompanyTies(Guid CompanyId) : IQuery<IReadOnlyList<CompanyTieResponse>?>;

internal sealed class GetCompanyTiesHandler(IQuerySession session) : IQueryHandler<GetCompanyTies, IReadOnlyList<CompanyTieResponse>?>
{
    public async ValueTask<IReadOnlyList<CompanyTieResponse>?> Handle(GetCompanyTies query, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<Company>(query.CompanyId, cancellationToken) is null)
        {
            return null;
        }

        var ties = await session.LoadAsync<CompanyTies>(query.CompanyId, cancellationToken);
        return [.. (ties?.Ties ?? [])
            .OrderBy(t => CompanyTieTexts.Order(t.Kind))
            .ThenBy(t => t.HolderName, StringComparer.Create(SwedishFormat.Culture, ignoreCase: true))
            .Select(t => new CompanyTieResponse(t.HolderId, t.Kind, CompanyTieTexts.KindName(t.Kind), t.HolderName, t.Link))];
    }
}

internal static class GetCompanyTiesEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapGet("/{companyId:guid}/ties", async Task<Results<Ok<IReadOnlyList<CompanyTieResponse>>, ProblemHttpResult>> (
                Guid companyId, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetCompanyTies(companyId), ct) is { } ties ? TypedResults.Ok(ties) : CompanyStreams.Errors.NotFound.ToProblem())
            .WithName("GetCompanyTies")
            .WithSummary("Företagets kopplingar")
            .WithDescription("Mikrokluster företaget är med i, branschråd där det har en plats och UF-företag det är mentor för, som modulerna för kluster, skolsamverkan och UF har meddelat.");
}
