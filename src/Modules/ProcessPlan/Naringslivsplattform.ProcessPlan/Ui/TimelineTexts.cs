using System.Globalization;
using Naringslivsplattform.ProcessPlan.Timeline;

namespace Naringslivsplattform.ProcessPlan.Ui;

/// <summary>Swedish words for timeline entries, shared by the list and the calendar.</summary>
internal static class TimelineTexts
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string StatusName(TimelineStatus status) => status switch
    {
        TimelineStatus.Completed => ProcessPlanTexts.ActionStatusCompleted,
        TimelineStatus.Cancelled => ProcessPlanTexts.ActionStatusCancelled,
        _ => ProcessPlanTexts.ActionStatusPlanned,
    };

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", Swedish);

    public static string Format(string template, params object[] values) => string.Format(Swedish, template, values);
}
