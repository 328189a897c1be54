using System.Globalization;
using CsvHelper;
using Microsoft.Extensions.Options;
using Naringslivsplattform.BuildingBlocks.History;

namespace Naringslivsplattform.Evaluation.Audit;

/// <summary>Every event the filters pick, newest first, as a CSV file; refused when they are more than the export may hold.</summary>
internal sealed record ExportAuditLog(AuditLogRequest Request) : IQuery<Outcome<byte[]>>;

internal sealed class ExportAuditLogHandler(
    IQuerySession session, AuditCatalog catalog, IEnumerable<IEventDescriptions> descriptions, IOptions<AuditOptions> options)
    : IQueryHandler<ExportAuditLog, Outcome<byte[]>>
{
    public async ValueTask<Outcome<byte[]>> Handle(ExportAuditLog query, CancellationToken cancellationToken)
    {
        var read = AuditQueryRules.Read(query.Request, catalog);
        if (read.Value is not { } audit)
        {
            return read.Error!;
        }

        // Counted first, so an export over the limit is refused before a single event is loaded.
        var matching = session.Events.QueryAllRawEvents().Matching(audit.Filter);
        var count = await matching.CountAsync(cancellationToken);
        var limit = options.Value.MaxExportEvents;
        if (count > limit)
        {
            return new DomainError("audit.export-too-large", SwedishFormat.Format(AuditTexts.ExportTooLarge, count, limit));
        }

        var events = await matching.OrderByDescending(e => e.Sequence).ToListAsync(cancellationToken);
        var describers = descriptions.ToList();
        return Write(events.Select(e => e.ToEntry(catalog, describers)));
    }

    /// <summary>
    /// UTF-8 with a byte order mark (so Excel does not read it in the local code page) and semicolons between fields, as
    /// Swedish Excel expects. A text that starts like a formula (<c>=</c>, <c>+</c>, …) is escaped so Excel shows it as text.
    /// </summary>
    private static readonly CsvWriterOptions Csv = new() { Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    private static byte[] Write(IEnumerable<AuditEntry> entries)
    {
        using var file = new MemoryStream();
        using (var csv = CsvWriter.Create(file, Csv, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var entry in entries)
            {
                csv.WriteRecord(Row(entry));
            }
        }

        return file.ToArray();
    }

    private static readonly string[] Header =
    [
        AuditTexts.ColumnSequence, AuditTexts.ColumnStream, AuditTexts.ColumnVersion, AuditTexts.ColumnEventType, AuditTexts.ColumnModule,
        AuditTexts.ColumnDescription, AuditTexts.ColumnTimestamp, AuditTexts.ColumnUser, AuditTexts.ColumnCorrelation, AuditTexts.ColumnCausation,
    ];

    private static string[] Row(AuditEntry entry) =>
    [
        entry.Sequence.ToString(CultureInfo.InvariantCulture), entry.StreamId.ToString(), entry.Version.ToString(CultureInfo.InvariantCulture),
        entry.EventType, AuditCatalog.TitleOf(entry.Module), entry.Description,
        AuditFormat.Moment(entry.Timestamp),
        entry.UserName ?? "", entry.CorrelationId ?? "", entry.CausationId ?? "",
    ];
}

internal static class ExportAuditLogEndpoint
{
    public static void Map(IEndpointRouteBuilder audit) =>
        audit.MapGet("/events.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                string? user, string? module, string? eventType, string? from, string? to, IMediator mediator, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(new ExportAuditLog(new AuditLogRequest(user, module, eventType, from, to)), ct);
                return outcome.Value is { } csv
                    ? TypedResults.File(csv, "text/csv; charset=utf-8", "granskningslogg.csv")
                    : outcome.Error!.ToProblem();
            })
            .WithName("ExportAuditLogCsv")
            .WithSummary("Exportera granskningsloggen som CSV")
            .WithDescription("Samma filter som granskningsloggen (user, module, eventType, from, to), alla träffar nyast först i en CSV-fil: UTF-8 med BOM, semikolon mellan fälten, svenska kolumnrubriker, tider i svensk tid. Högst Audit:MaxExportEvents händelser (50 000 om inget annat är inställt); fler ger 400 audit.export-too-large, och filtret behöver då snävas in.");
}
