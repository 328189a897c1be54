using System.Globalization;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Timeline;

/// <summary>The timeline's filters and paging as the caller wrote them (query string), not yet trusted.</summary>
internal sealed record TimelineRequest(
    string? Activity = null,
    string? Category = null,
    string? Kind = null,
    string? Status = null,
    string? Locality = null,
    string? From = null,
    string? To = null,
    string? Page = null,
    string? PageSize = null,
    string? Order = null);

/// <summary>Filters checked against the plan; null means "any".</summary>
internal sealed record TimelineFilter(
    string? Activity = null, int? Category = null, string? Kind = null, TimelineStatus? Status = null, string? Locality = null, DateOnly? From = null, DateOnly? To = null);

internal sealed record TimelinePaging(int Page, int PageSize, bool Descending);

internal sealed record TimelineQuery(TimelineFilter Filter, TimelinePaging Paging);

/// <summary>
/// Reads a <see cref="TimelineRequest"/> into a query, or says which value is wrong. Pure: the plan is
/// given. Each bad value has its own code (docs/timeline.md).
/// </summary>
internal static class TimelineQueryRules
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    public const int MaxPage = 100_000;

    /// <summary>The kinds the timeline knows; another source of actions adds its kind keys here.</summary>
    public static readonly IReadOnlyList<string> Kinds = [.. PlanActionKinds.Countable, TimelineProjection.DecisionKind];

    public static Outcome<TimelineQuery> Read(Plan plan, TimelineRequest request)
    {
        ActivityCode? activity = null;
        if (Blank(request.Activity) is { } activityText
            && (!ActivityCode.TryParse(activityText, out activity) || plan.FindActivity(activity.Value) is null))
        {
            return new DomainError("timeline.unknown-activity", SwedishFormat.Format(ProcessPlanTexts.TimelineUnknownActivity, activityText));
        }

        int? category = null;
        if (Blank(request.Category) is { } categoryText)
        {
            if (!int.TryParse(categoryText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !plan.Categories.Exists(c => c.Number == number))
            {
                return new DomainError("timeline.unknown-category", SwedishFormat.Format(ProcessPlanTexts.TimelineUnknownCategory, categoryText));
            }

            category = number;
        }

        var kind = Known(Kinds, request.Kind);
        if (kind == "")
        {
            return new DomainError("timeline.unknown-kind", SwedishFormat.Format(ProcessPlanTexts.TimelineUnknownKind, request.Kind!.Trim()));
        }

        var status = Known(Enum.GetNames<TimelineStatus>(), request.Status);
        if (status == "")
        {
            return new DomainError("timeline.unknown-status", SwedishFormat.Format(ProcessPlanTexts.TimelineUnknownStatus, request.Status!.Trim()));
        }

        var locality = Blank(request.Locality);
        if (locality is { Length: > PlanActionRules.MaxTitleLength })
        {
            return new DomainError("timeline.locality-too-long", SwedishFormat.Format(ProcessPlanTexts.TimelineLocalityTooLong, PlanActionRules.MaxTitleLength));
        }

        var from = ReadDate(request.From);
        var to = ReadDate(request.To);
        var paging = ReadPaging(request);
        return from.Error ?? to.Error
            ?? (from.Value is { } start && to.Value is { } end && start > end
                ? new DomainError("timeline.period-backwards", ProcessPlanTexts.TimelinePeriodBackwards)
                : null)
            ?? paging.Error
            ?? (Outcome<TimelineQuery>)new TimelineQuery(
                new TimelineFilter(activity?.ToString(), category, kind, status is null ? null : Enum.Parse<TimelineStatus>(status), locality, from.Value, to.Value),
                paging.Value!);
    }

    /// <summary>The known name <paramref name="text"/> stands for, ignoring case; null when blank, "" when unknown.</summary>
    private static string? Known(IEnumerable<string> names, string? text) =>
        Blank(text) is { } name ? names.FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? "" : null;

    private static Outcome<DateOnly?> ReadDate(string? text)
    {
        if (Blank(text) is not { } date)
        {
            return (DateOnly?)null;
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DomainError("timeline.date-invalid", ProcessPlanTexts.TimelineDateInvalid);
        }

        return day < PlanActionRules.EarliestDate || day > PlanActionRules.LatestDate
            ? new DomainError("timeline.date-out-of-range", SwedishFormat.Format(ProcessPlanTexts.TimelineDateOutOfRange, PlanActionRules.EarliestDate, PlanActionRules.LatestDate))
            : day;
    }

    private static Outcome<TimelinePaging> ReadPaging(TimelineRequest request)
    {
        var page = 1;
        if (Blank(request.Page) is { } pageText && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > MaxPage))
        {
            return new DomainError("timeline.page-invalid", SwedishFormat.Format(ProcessPlanTexts.TimelinePageInvalid, MaxPage));
        }

        var pageSize = DefaultPageSize;
        if (Blank(request.PageSize) is { } sizeText && (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            return new DomainError("timeline.page-size-invalid", SwedishFormat.Format(ProcessPlanTexts.TimelinePageSizeInvalid, MaxPageSize));
        }

        return Blank(request.Order)?.ToLowerInvariant() switch
        {
            null or "asc" => new TimelinePaging(page, pageSize, Descending: false),
            "desc" => new TimelinePaging(page, pageSize, Descending: true),
            _ => new DomainError("timeline.order-invalid", ProcessPlanTexts.TimelineOrderInvalid),
        };
    }

    private static string? Blank(string? text) => TextInput.TrimmedOrNull(text);
}
