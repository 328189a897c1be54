using System.Globalization;
using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.Evaluation.Audit;

/// <summary>The audit log's filters and paging as the caller wrote them (query string), not yet trusted.</summary>
internal sealed record AuditLogRequest(
    string? User = null,
    string? Module = null,
    string? EventType = null,
    string? From = null,
    string? To = null,
    string? Page = null,
    string? PageSize = null);

/// <summary>
/// Which events: by exactly this user name, of one of these event types (a module's, or one type), appended after
/// <see cref="After"/> and at or before <see cref="Until"/>. Null means "any".
/// </summary>
internal sealed record AuditFilter(string? User, IReadOnlyList<string>? EventTypes, DateTimeOffset? After, DateTimeOffset? Until);

internal sealed record AuditPaging(int Page, int PageSize);

internal sealed record AuditQuery(AuditFilter Filter, AuditPaging Paging);

/// <summary>
/// Reads an <see cref="AuditLogRequest"/> into a query, or says which value is wrong with a code of its own
/// (docs/audit.md). Pure: the catalog of modules and event types is given.
/// </summary>
internal static class AuditQueryRules
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxPage = 100_000;
    public const int MaxUserLength = 200;

    // Days outside these cannot be meant, and keep the day arithmetic far from DateOnly's own limits.
    public static readonly DateOnly EarliestDay = new(2000, 1, 1);
    public static readonly DateOnly LatestDay = new(2099, 12, 31);

    public static Outcome<AuditQuery> Read(AuditLogRequest request, AuditCatalog catalog)
    {
        var user = Blank(request.User);
        if (user is { Length: > MaxUserLength })
        {
            return new DomainError("audit.user-too-long", SwedishFormat.Format(AuditTexts.UserTooLong, MaxUserLength));
        }

        var eventTypes = ReadEventTypes(request, catalog);
        var from = ReadDay(request.From);
        var to = ReadDay(request.To);
        var paging = ReadPaging(request);
        return eventTypes.Error ?? from.Error ?? to.Error
            ?? (from.Value is { } start && to.Value is { } end && start > end ? new DomainError("audit.period-backwards", AuditTexts.PeriodBackwards) : null)
            ?? paging.Error
            ?? (Outcome<AuditQuery>)new AuditQuery(
                new AuditFilter(
                    user,
                    eventTypes.Value,
                    from.Value is { } first ? SwedishTime.EndOfDay(first.AddDays(-1)) : null,
                    to.Value is { } last ? SwedishTime.EndOfDay(last) : null),
                paging.Value!);
    }

    /// <summary>A module stands for all its event types; with an event type as well, only those of both.</summary>
    private static Outcome<IReadOnlyList<string>?> ReadEventTypes(AuditLogRequest request, AuditCatalog catalog)
    {
        AuditModule? module = null;
        if (Blank(request.Module) is { } moduleName && (module = catalog.Module(moduleName)) is null)
        {
            return new DomainError("audit.unknown-module", SwedishFormat.Format(AuditTexts.UnknownModule, moduleName, string.Join(", ", catalog.Modules.Select(m => m.Name))));
        }

        AuditEventType? eventType = null;
        if (Blank(request.EventType) is { } typeName && (eventType = catalog.EventType(typeName)) is null)
        {
            return new DomainError("audit.unknown-event-type", SwedishFormat.Format(AuditTexts.UnknownEventType, typeName));
        }

        return (module, eventType) switch
        {
            (null, null) => new Outcome<IReadOnlyList<string>?>(null),
            (null, { } type) => new Outcome<IReadOnlyList<string>?>([type.Name]),
            ({ } of, null) => new Outcome<IReadOnlyList<string>?>(catalog.EventTypesOf(of)),
            ({ } of, { } type) => new Outcome<IReadOnlyList<string>?>(type.Module == of.Name ? [type.Name] : []),
        };
    }

    private static Outcome<DateOnly?> ReadDay(string? text)
    {
        if (Blank(text) is not { } written)
        {
            return (DateOnly?)null;
        }

        return DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day >= EarliestDay && day <= LatestDay
            ? day
            : new DomainError("audit.date-invalid", SwedishFormat.Format(AuditTexts.DateInvalid, written, EarliestDay, LatestDay));
    }

    private static Outcome<AuditPaging> ReadPaging(AuditLogRequest request)
    {
        var page = 1;
        if (Blank(request.Page) is { } pageText && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > MaxPage))
        {
            return new DomainError("audit.page-invalid", SwedishFormat.Format(AuditTexts.PageInvalid, MaxPage));
        }

        var pageSize = DefaultPageSize;
        if (Blank(request.PageSize) is { } sizeText && (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            return new DomainError("audit.page-size-invalid", SwedishFormat.Format(AuditTexts.PageSizeInvalid, MaxPageSize));
        }

        return new AuditPaging(page, pageSize);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

}
