using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Contributions;

/// <summary>Answers other modules which plan activity their action serves, from the plans of the caller's municipality.</summary>
internal sealed class PlanActivityDirectory(IQuerySession session) : IPlanActivityDirectory
{
    public async Task<ServedActivity?> FindAsync(string activityCode, DateOnly day, CancellationToken cancellationToken)
    {
        if (!ActivityCode.TryParse(activityCode, out var code))
        {
            return null;
        }

        var plans = await session.Query<Plan>()
            .Where(p => p.Header.PeriodFrom <= day.Year && p.Header.PeriodTo >= day.Year)
            .ToListAsync(cancellationToken);
        return plans
            .Select(plan => (plan, activity: plan.FindActivity(code.Value)))
            .Where(found => found.activity is not null)
            .Select(found => new ServedActivity(found.plan.Id, found.activity!.Code.ToString(), found.activity.Title))
            .FirstOrDefault();
    }
}
