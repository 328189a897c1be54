using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Evaluation.Evaluations;
using Naringslivsplattform.Evaluation.Reports;
using Naringslivsplattform.ProcessPlan.Contracts;
using UglyToad.PdfPig;

namespace Naringslivsplattform.Evaluation.Tests;

/// <summary>The three report formats drawn from one hand-built evaluation.</summary>
public sealed class ReportRenderingTests
{
    private static readonly KeyFigures ThisYear = new(2024, 5, 3, 4, 2, 3, 1, 4, 3, 1, 12.5, null);
    private static readonly KeyFigures LastYear = new(2023, 2, 1, 4, 1, 1, 0, 1, 1, 0, 30, null);

    private static AnnualEvaluation Evaluation(int extraActivities = 0) => new(
        "plan-2024",
        Guid.Parse("5b0c7f3e-0000-4000-8000-000000000001"),
        "Processplan 2023–2024 <script>alert(1)</script>",
        2024,
        new DateOnly(2024, 12, 31),
        [new MeasureOutcome(1, "Näringslivsråd med spridning", ["1.1", "1.2"], 3, 4, 5, TargetStanding.Behind)],
        [
            new ActivityOutcome("1.1", 1, "Externa kontakter och företagsdialoger", "Näringslivsråd",
                [new TargetRecord("rad", "1.1", TargetRecordKind.Count, "Minst fyra möten i näringslivsrådet per år", 4, 4, TargetStanding.Met, null, [])],
                [new ActionTally("1.1", "BusinessCouncilMeeting", "Näringslivsråd", 1, 4, 1)],
                TargetStanding.Met),
            new ActivityOutcome("3.1", 3, "Ledningsstyrda aktiviteter", "Förankring i koncernen",
                [new TargetRecord("beslut", "3.1", TargetRecordKind.Deadline, "Beslut i ledningsgruppen hösten 2023", 0, 1, TargetStanding.Behind, new DateOnly(2024, 6, 30), [])],
                [],
                TargetStanding.Behind),
            .. Enumerable.Range(1, extraActivities).Select(i => new ActivityOutcome($"2.{i}", 2, "Strategiska insatser", $"Aktivitet {i}",
                [new TargetRecord($"mal-{i}", $"2.{i}", TargetRecordKind.Count, $"Ett mål med en lång beskrivning som bryts på flera rader i tabellen, nummer {i}", 1, 2, TargetStanding.OnTrack, null, [])],
                [new ActionTally($"2.{i}", "ThemeMeeting", "Tematräff", 0, 1, 0)],
                TargetStanding.OnTrack)),
        ],
        [new SectionReach("A", "Jordbruk, skogsbruk och fiske", 2, 0, 0), new SectionReach("I", "Hotell- och restaurangverksamhet", 3, 2, 3), new SectionReach("K", "Finans", 0, 0, 0)],
        ["A"],
        [new ClusterRecord("Saxnäs", 2), new ClusterRecord("Klimpfjäll", 0)],
        [new DecisionRecord("3.1", "Näringslivsfrågor i koncernens styrdokument", new DateOnly(2024, 6, 30), DecisionStanding.Approved, new DateOnly(2024, 7, 15), false)],
        ThisYear,
        LastYear);

    [Fact]
    public void The_html_page_is_standalone_swedish_printable_and_says_every_section_with_its_figures()
    {
        var html = HtmlReport.Render(EvaluationReportContent.For(Evaluation()));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Årlig utvärdering 2024 – Processplan 2023–2024 &lt;script&gt;alert(1)&lt;/script&gt;</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.Contains("<p>Läget den 2024-12-31</p>", html, StringComparison.Ordinal);
        foreach (var heading in new[] { "Sammanfattning och nyckeltal", "Insatser 1–8", "Aktiviteter per kategori", "Besök per SNI-avdelning", "Mikrokluster", "Beslut" })
        {
            Assert.Contains($"\">{heading}</h2>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<td>Genomförda åtgärder</td><td class=\"number\">5</td><td class=\"number\">2</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>3 av 4 mål uppnådda</td><td class=\"number\">5</td><td>efter</td>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Underkategori 1: Externa kontakter och företagsdialoger</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Minst fyra möten i näringslivsrådet per år</td><td class=\"number\">4 av 4</td><td>uppnått</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Näringslivsråd</td><td class=\"number\">4</td><td class=\"number\">1</td><td class=\"number\">1</td>", html, StringComparison.Ordinal);
        Assert.Contains("utan besök under året: A Jordbruk, skogsbruk och fiske.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("K Finans", html, StringComparison.Ordinal);
        Assert.Contains("<td>Klimpfjäll</td><td class=\"number\">0</td><td>nej</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2024-07-15</td><td>försenat</td>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("role=\"img\"").Length - 1);
        Assert.Contains("aria-label=\"Nyckeltal 2024 jämfört med 2023: Genomförda åtgärder: 2024 5, 2023 2;", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Besök och besökta företag per SNI-avdelning: A Jordbruk, skogsbruk och fiske: Besök 0, Besökta företag 0; I Hotell- och restaurangverksamhet: Besök 3, Besökta företag 2.\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_opens_reads_in_swedish_and_breaks_a_long_report_into_numbered_pages()
    {
        var pdf = PdfReport.Render(EvaluationReportContent.For(Evaluation(extraActivities: 40)));

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
        var text = string.Join(' ', pages);
        Assert.True(pages.Count > 2, $"{pages.Count} pages");
        Assert.Contains("Årlig utvärdering 2024 – Processplan 2023–2024", text, StringComparison.Ordinal);
        Assert.Contains("Läget den 2024-12-31", pages[0], StringComparison.Ordinal);
        Assert.Contains($"Sida {pages.Count} av {pages.Count}", pages[^1], StringComparison.Ordinal);
        foreach (var words in new[] { "Insatser 1–8", "Besök per SNI-avdelning", "Mikrokluster", "Klimpfjäll", "försenat", "Näringslivsfrågor i koncernens styrdokument", "nummer 40" })
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_workbook_has_a_sheet_per_part_with_a_header_row_and_counts_as_numbers()
    {
        var xlsx = XlsxReport.Render(Evaluation());

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Nyckeltal", "Insatser", "Aktiviteter", "SNI", "Kluster", "Beslut"], sheets.Select(s => s.Name!.Value));
        var rows = sheets.ToDictionary(s => s.Name!.Value!, s => ((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet.Descendants<Row>().Select(Cells).ToList());
        Assert.Equal(["Nyckeltal", 2024d, 2023d], rows["Nyckeltal"][0]);
        Assert.Equal(["Genomförda åtgärder", 5d, 2d], rows["Nyckeltal"][1]);
        Assert.Equal(["Mediantid till återkoppling (dagar)", "", ""], rows["Nyckeltal"][^1]);
        Assert.Equal([1d, "Näringslivsråd med spridning", "1.1, 1.2", 3d, 4d, 5d, "efter"], rows["Insatser"][1]);
        Assert.Equal([1d, "1.1", "Näringslivsråd", "Minst fyra möten i näringslivsrådet per år", 4d, 4d, "uppnått"], rows["Aktiviteter"][1]);
        Assert.Contains(rows["Aktiviteter"], r => r.SequenceEqual([1d, "1.1", "Näringslivsråd", "Näringslivsråd", 4d, 1d, 1d]));
        Assert.Equal(["A", "Jordbruk, skogsbruk och fiske", 2d, 0d, 0d, "nej"], rows["SNI"][1]);
        Assert.Equal(["Saxnäs", 2d, "ja"], rows["Kluster"][1]);
        Assert.Equal(["3.1", "Näringslivsfrågor i koncernens styrdokument", "2024-06-30", "beviljat", "2024-07-15", "försenat"], rows["Beslut"][1]);
    }

    /// <summary>A row's cells: numbers as doubles (only cells stored as numbers), text as strings.</summary>
    private static IReadOnlyList<object> Cells(Row row) => [.. row.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.Number
        ? (object)double.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)
        : c.InnerText)];
}
