using System.Text;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Importing;

/// <summary>The register (or the part a filter picks) as CSV in the import's columns.</summary>
internal sealed record ExportCompanies(CompanyFilter Filter) : IQuery<string>;

internal sealed class ExportCompaniesHandler(IQuerySession session) : IQueryHandler<ExportCompanies, string>
{
    public async ValueTask<string> Handle(ExportCompanies query, CancellationToken cancellationToken)
    {
        var companies = await session.Query<Company>().WithSpecification(new CompaniesMatching(query.Filter)).ToListAsync(cancellationToken);
        return CsvText.Write(companies.Select(CompanyCsv.Row).Prepend(CompanyCsv.Header));
    }
}

internal static class ExportCompaniesEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapGet("/export.csv", async (string? search, string? section, string? locality, IMediator mediator, CancellationToken ct) =>
                // With a byte order mark, so Excel opens it as UTF-8 rather than in the local code page.
                TypedResults.File(
                    Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(await mediator.Send(new ExportCompanies(new CompanyFilter(search, section, locality)), ct))).ToArray(),
                    "text/csv; charset=utf-8",
                    "foretag.csv"))
            .WithName("ExportCompanies")
            .WithSummary("Exportera företagsregistret som CSV")
            .WithDescription("Samma kolumner som importen (UTF-8 med BOM, semikolon), så en export kan importeras igen. Samma filter som listan.");
}
