using System.Globalization;
using Naringslivsplattform.ProcessPlan.Timeline;

namespace Naringslivsplattform.ProcessPlan.Ui;

/// <summary>Swedish words for timeline entries, shared by the list and the calendar.</summary>
internal static class TimelineTexts
{
    public static string StatusName(TimelineStatus status) => status switch
    {
        TimelineStatus.Completed => ProcessPlanTexts.ActionStatusCompleted,
        TimelineStatus.Cancelled => ProcessPlanTexts.ActionStatusCancelled,
        _ => ProcessPlanTexts.ActionStatusPlanned,
    };

}
