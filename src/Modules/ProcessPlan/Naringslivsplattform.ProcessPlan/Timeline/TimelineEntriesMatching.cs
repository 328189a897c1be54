using Ardalis.Specification;

namespace Naringslivsplattform.ProcessPlan.Timeline;

/// <summary>
/// A plan's timeline entries that pass every given filter, by date then title (then id, so that paging
/// is stable when two entries share both). Without paging it is the whole matching list.
/// </summary>
internal sealed class TimelineEntriesMatching : Specification<TimelineEntry>
{
    public TimelineEntriesMatching(Guid planId, TimelineFilter filter, bool descending, TimelinePaging? paging = null)
    {
        Query.Where(e => e.PlanId == planId);
        Query.Where(e => e.ActivityCode == filter.Activity, filter.Activity is not null);
        Query.Where(e => e.Category == filter.Category, filter.Category is not null);
        Query.Where(e => e.Kind == filter.Kind, filter.Kind is not null);
        Query.Where(e => e.Status == filter.Status, filter.Status is not null);
        Query.Where(e => e.Locality != null && e.Locality.Equals(filter.Locality, StringComparison.OrdinalIgnoreCase), filter.Locality is not null);
        Query.Where(e => e.Date >= filter.From, filter.From is not null);
        Query.Where(e => e.Date <= filter.To, filter.To is not null);

        if (descending)
        {
            Query.OrderByDescending(e => e.Date).ThenByDescending(e => e.Title).ThenByDescending(e => e.Id);
        }
        else
        {
            Query.OrderBy(e => e.Date).ThenBy(e => e.Title).ThenBy(e => e.Id);
        }

        if (paging is not null)
        {
            Query.Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize);
        }
    }
}
