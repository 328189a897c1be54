using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Npgsql;
using Naringslivsplattform.TestSupport;
using Snapshooter;
using Snapshooter.Xunit3;
using UglyToad.PdfPig;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// The annual evaluation report over the API. A fixed set of events (actions under 1.1, 2.2 and 3.1, two companies,
/// a visit, a follow-up closed and one left overdue) is dated back into 2023 with SQL, as <see cref="EvaluationApiTests"/>
/// does, so the report as of 2023-12-31 is the same on every run and its text is pinned by a snapshot
/// (docs/evaluation-report.md says how to update it).
/// </summary>
public sealed partial class EvaluationReportTests(DatabaseFixture database)
{
    private const string SnapshotFile = "EvaluationReportTests.report-2023.snap";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_report_of_2023_reads_as_its_snapshot_and_downloads_as_pdf_and_xlsx_while_bad_input_gets_the_evaluations_problems()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("evaluation-report", Ct);
        await using var app = new PlatformApp(connectionString);
        var planner = await app.ClientWithNewKeyAsync("2462", "read-write");
        await AppendTheYearAsync(planner);
        await DateEverythingBackAsync(connectionString);

        var html = await planner.GetAsync("/api/v1/evaluations/2023/report.html?asOf=2023-12-31", Ct);
        var pdf = await planner.GetAsync("/api/v1/evaluations/2023/report.pdf?asOf=2023-12-31", Ct);
        var xlsx = await planner.GetAsync("/api/v1/evaluations/2023/report.xlsx?asOf=2023-12-31", Ct);
        var noPlan = await planner.GetAsync("/api/v1/evaluations/2019/report.pdf", Ct);
        var badDay = await planner.GetAsync("/api/v1/evaluations/2023/report.xlsx?asOf=2023-02-30", Ct);

        Assert.Equal((HttpStatusCode.OK, "text/html", "utf-8"), (html.StatusCode, html.Content.Headers.ContentType?.MediaType, html.Content.Headers.ContentType?.CharSet));
        RequireCommittedSnapshot();
        Snapshot.Match(TextOf(await html.Content.ReadAsStringAsync(Ct)), new SnapshotFullName(SnapshotFile, SourceFolder()));

        Assert.Equal((HttpStatusCode.OK, "application/pdf", "attachment", "utvardering-2023.pdf"),
            (pdf.StatusCode, pdf.Content.Headers.ContentType?.MediaType, pdf.Content.Headers.ContentDisposition?.DispositionType, pdf.Content.Headers.ContentDisposition?.FileName));
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync(Ct)))
        {
            Assert.Contains("Årlig utvärdering 2023 –", string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
        }

        Assert.Equal((HttpStatusCode.OK, "attachment", "utvardering-2023.xlsx"),
            (xlsx.StatusCode, xlsx.Content.Headers.ContentDisposition?.DispositionType, xlsx.Content.Headers.ContentDisposition?.FileName));
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct)), false))
        {
            var first = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
            var keyFigures = ((WorksheetPart)workbook.WorkbookPart.GetPartById(first.Id!)).Worksheet.Descendants<Row>().First().Elements<Cell>().ToList();
            Assert.Equal(("Nyckeltal", "2023", "2022"), (keyFigures[0].InnerText, keyFigures[1].CellValue?.Text, keyFigures[2].CellValue?.Text));
        }

        Assert.Equal((404, "evaluation.no-plan"), await ProblemAsync(noPlan));
        Assert.Equal((400, "evaluation.as-of-invalid"), await ProblemAsync(badDay));
    }

    /// <summary>Everything the report of 2023 is made from besides the seeded plan, through the API with dates in 2023.</summary>
    private static async Task AppendTheYearAsync(HttpClient planner)
    {
        var planId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
        await ActionAsync(planner, planId, "1.1", "BusinessCouncilMeeting", "Näringslivsråd i Vilhelmina", "2023-03-15", "complete");
        await ActionAsync(planner, planId, "1.1", "BusinessCouncilMeeting", "Näringslivsråd i Dikanäs", "2023-10-10", null);
        await ActionAsync(planner, planId, "2.2", "Other", "Entreprenörskapsdag på gymnasiet", "2023-05-20", "complete");
        await ActionAsync(planner, planId, "3.1", "Training", "Näringslivskunskap för chefer", "2023-09-12", "complete");
        await ActionAsync(planner, planId, "3.1", "Training", "Näringslivskunskap för handläggare", "2023-11-15", "cancel");

        var hotel = await CompanyAsync(planner, "Fjällhotellet i Saxnäs AB", "55101", "Saxnäs");
        await CompanyAsync(planner, "Dikanäs Såg AB", "16230", "Dikanäs");
        var visit = await PostAsync(planner, "/api/v1/visits", new
        {
            companyId = hotel, plannedOn = "2023-05-10", purpose = "Årligt besök",
            visitors = new[] { new { name = "Anna Tjänsteperson", role = "Official" }, new { name = "Olle Politiker", role = "Politician" } },
        });
        await SendAsync(planner, $"/api/v1/visits/{visit.Id}/complete", visit.ETag, new { heldOn = "2023-05-12" });

        var closed = await PostAsync(planner, "/api/v1/follow-ups", FollowUp(hotel, "Behöver lokal för verkstaden", "2023-05-12", "2023-06-30"));
        var feedback = await SendAsync(planner, $"/api/v1/follow-ups/{closed.Id}/feedback", closed.ETag, new { givenOn = "2023-05-20", note = "Ringde om lediga lokaler" });
        await SendAsync(planner, $"/api/v1/follow-ups/{closed.Id}/close", feedback, new { outcome = "Lokal hittad", closedOn = "2023-06-02" });
        await PostAsync(planner, "/api/v1/follow-ups", FollowUp(hotel, "Frågor om bygglov för stugor", "2023-05-12", "2023-08-31"));
    }

    private static object FollowUp(string companyId, string need, string openedOn, string dueOn) =>
        new { companyId, need, category = "Premises", owner = "anna.handlaggare", openedOn, dueOn };

    private static async Task ActionAsync(HttpClient planner, string planId, string activityCode, string kind, string title, string date, string? then)
    {
        var planned = await PostAsync(planner, $"/api/v1/plans/{planId}/actions", new { activityCode, kind, title, plannedFrom = date, responsibleOfficial = "Anna Andersson" });
        if (then is not null)
        {
            await SendAsync(planner, $"/api/v1/actions/{planned.Id}/{then}", planned.ETag,
                then == "complete" ? new { heldOn = date, outcomeSummary = "Genomfört" } : new { reason = "För få anmälda" });
        }
    }

    private static async Task<string> CompanyAsync(HttpClient planner, string name, string sni, string locality) =>
        (await PostAsync(planner, "/api/v1/companies", new { organisationNumber = OrganisationNumbers.Next(), name, sniCodes = new[] { sni }, locality, sizeClass = "1-4" })).Id;

    private static async Task<(string Id, string ETag)> PostAsync(HttpClient planner, string url, object body)
    {
        var response = await planner.PostAsJsonAsync(url, body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return ((string)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!, response.Headers.ETag!.Tag);
    }

    /// <returns>The new ETag.</returns>
    private static async Task<string> SendAsync(HttpClient planner, string url, string etag, object body)
    {
        var response = await planner.SendWithIfMatchAsync(HttpMethod.Post, url, etag, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return response.Headers.ETag!.Tag;
    }

    /// <summary>Test only: every event, the seeded plan's included, as if appended on 1 June 2023.</summary>
    private static async Task DateEverythingBackAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("update naringsliv_events.mt_events set timestamp = '2023-06-01 10:00:00+02'", connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<(int Status, string? Code)> ProblemAsync(HttpResponseMessage response) =>
        ((int)response.StatusCode, (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"]);

    /// <summary>
    /// The page's text as a reader sees it, a line per heading, paragraph, table row and chart text, cells between bars;
    /// the head (styles, title) left out. Nothing in the report depends on the run, so nothing else is dropped.
    /// </summary>
    private static string TextOf(string html)
    {
        var body = HeadElement().Replace(html, string.Empty);
        body = CellTag().Replace(BlockTag().Replace(body, "\n"), " | ");
        body = System.Net.WebUtility.HtmlDecode(AnyTag().Replace(body, string.Empty));
        return string.Join('\n', body.Split('\n').Select(line => Whitespace().Replace(line, " ").Trim()).Where(line => line.Length > 0)) + "\n";
    }

    /// <summary>
    /// Snapshooter writes a missing snapshot and passes; on CI (CI set) that would pin whatever the run produced, so
    /// there a missing snapshot fails instead.
    /// </summary>
    private static void RequireCommittedSnapshot()
    {
        var path = Path.Combine(SourceFolder(), "__snapshots__", SnapshotFile);
        Assert.True(File.Exists(path) || string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
            $"The snapshot {path} is missing; on CI it is never created. Run the test locally and commit the snapshot.");
    }

    private static string SourceFolder([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    [GeneratedRegex("<head>.*?</head>", RegexOptions.Singleline)]
    private static partial Regex HeadElement();

    [GeneratedRegex(@"</?(h1|h2|h3|p|tr|caption|figcaption|text|section|table|thead|tbody|header|main|figure|svg)\b[^>]*>")]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<t[dh]\b[^>]*>")]
    private static partial Regex CellTag();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
