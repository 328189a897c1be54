using System.Text;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Files;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Evaluation.Evaluations;

namespace Naringslivsplattform.Evaluation.Reports;

/// <summary>The annual evaluation as a report to print, to file and to count on: HTML, PDF and XLSX of the same evaluation.</summary>
internal sealed class ReportsFeature : IModuleFeature
{
    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var reports = api.MapGroup("/evaluations/{year:int}").WithTags("Utvärdering").RequireAuthorization(PlatformPolicies.Read);

        reports.MapGet("/report.html", (int year, string? asOf, IMediator mediator, CancellationToken ct) =>
                ReportAsync(year, asOf, mediator, e => TypedResults.Text(HtmlReport.Render(EvaluationReportContent.For(e)), "text/html", Encoding.UTF8), ct))
            .WithName("GetEvaluationReportHtml")
            .WithSummary(ReportTexts.ReportHtmlSummary)
            .WithDescription(ReportTexts.ReportDescription);

        reports.MapGet("/report.pdf", (int year, string? asOf, IMediator mediator, CancellationToken ct) =>
                ReportAsync(year, asOf, mediator, e => TypedResults.File(PdfReport.Render(EvaluationReportContent.For(e)), "application/pdf", FileName(e, "pdf")), ct))
            .WithName("GetEvaluationReportPdf")
            .WithSummary(ReportTexts.ReportPdfSummary)
            .WithDescription(ReportTexts.ReportDescription);

        reports.MapGet("/report.xlsx", (int year, string? asOf, IMediator mediator, CancellationToken ct) =>
                ReportAsync(year, asOf, mediator, e => TypedResults.File(XlsxReport.Render(e), XlsxSheet.ContentType, FileName(e, "xlsx")), ct))
            .WithName("GetEvaluationReportXlsx")
            .WithSummary(ReportTexts.ReportXlsxSummary)
            .WithDescription(ReportTexts.ReportXlsxDescription);
    }

    /// <summary>The evaluation rendered, or the query's problem (bad year, no plan, bad day) as it is.</summary>
    private static async Task<Results<T, ProblemHttpResult>> ReportAsync<T>(
        int year, string? asOf, IMediator mediator, Func<AnnualEvaluation, T> render, CancellationToken cancellationToken)
        where T : IResult =>
        (await mediator.Send(new GetAnnualEvaluation(year, asOf), cancellationToken)).ToResult(render);

    private static string FileName(AnnualEvaluation evaluation, string extension) =>
        $"{SwedishFormat.Format(ReportTexts.FileName, evaluation.Year)}.{extension}";
}
