using System.Text;
using Naringslivsplattform.BuildingBlocks.Files;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Importing;

/// <summary>The register (or the part a filter picks) as rows in the import's columns, the header first.</summary>
internal sealed record ExportCompanies(CompanyFilter Filter) : IQuery<IReadOnlyList<IReadOnlyList<string>>>;

internal sealed class ExportCompaniesHandler(IQuerySession session) : IQueryHandler<ExportCompanies, IReadOnlyList<IReadOnlyList<string>>>
{
    public async ValueTask<IReadOnlyList<IReadOnlyList<string>>> Handle(ExportCompanies query, CancellationToken cancellationToken)
    {
        var companies = await session.Query<Company>().WithSpecification(new CompaniesMatching(query.Filter)).ToListAsync(cancellationToken);
        return [CompanyCsv.Header, .. companies.Select(CompanyCsv.Row)];
    }
}

internal static class ExportCompaniesEndpoints
{
    public static void Map(IEndpointRouteBuilder companies)
    {
        companies.MapGet("/export.csv", async (string? search, string? section, string? locality, string? sizeClass, IMediator mediator, CancellationToken ct) =>
                // With a byte order mark, so Excel opens it as UTF-8 rather than in the local code page.
                TypedResults.File(
                    [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CompanyCsv.Write(await mediator.Send(new ExportCompanies(new CompanyFilter(search, section, locality, sizeClass)), ct)))],
                    "text/csv; charset=utf-8",
                    "foretag.csv"))
            .WithName("ExportCompaniesCsv")
            .WithSummary("Exportera företagsregistret som CSV")
            .WithDescription("Samma kolumner som importen (UTF-8 med BOM, semikolon), så en export kan importeras igen. Samma filter som listan.");
        companies.MapGet("/export.xlsx", async (string? search, string? section, string? locality, string? sizeClass, IMediator mediator, CancellationToken ct) =>
                TypedResults.File(
                    XlsxSheet.Write("Företag", await mediator.Send(new ExportCompanies(new CompanyFilter(search, section, locality, sizeClass)), ct)),
                    XlsxSheet.ContentType,
                    "foretag.xlsx"))
            .WithName("ExportCompaniesXlsx")
            .WithSummary("Exportera företagsregistret som Excel-fil (XLSX)")
            .WithDescription("Samma kolumner som CSV-exporten, alla celler som text. Samma filter som listan.");
    }
}
