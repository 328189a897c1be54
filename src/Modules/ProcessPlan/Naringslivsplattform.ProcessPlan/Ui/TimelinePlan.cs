using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Ui;
using Naringslivsplattform.ProcessPlan.Browsing;

namespace Naringslivsplattform.ProcessPlan.Ui;

/// <summary>
/// The plan the timeline pages show: the one in the address (<c>?plan=</c>), else the municipality's newest.
/// Read from text, so that a mangled address shows "no plan" instead of failing the page.
/// </summary>
internal static class TimelinePlan
{
    public static async Task<PlanResponse?> LoadAsync(IServiceScopeFactory scopes, ClaimsPrincipal user, string? planId)
    {
        if (planId is not null)
        {
            return Guid.TryParse(planId, out var given) ? await scopes.SendAsAsync(user, mediator => mediator.Send(new GetPlan(given))) : null;
        }

        var plans = await scopes.SendAsAsync(user, mediator => mediator.Send(new ListPlans()));
        return plans is [var newest, ..] ? await scopes.SendAsAsync(user, mediator => mediator.Send(new GetPlan(newest.Id))) : null;
    }
}
