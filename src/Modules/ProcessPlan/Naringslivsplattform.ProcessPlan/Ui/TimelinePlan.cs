using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Ui;
using Naringslivsplattform.ProcessPlan.Browsing;

namespace Naringslivsplattform.ProcessPlan.Ui;

/// <summary>The plan the timeline pages show: the one in the address, else the municipality's newest.</summary>
internal static class TimelinePlan
{
    public static async Task<PlanResponse?> LoadAsync(IServiceScopeFactory scopes, ClaimsPrincipal user, Guid? planId)
    {
        var id = planId ?? ((await scopes.SendAsAsync(user, mediator => mediator.Send(new ListPlans()))) is [var newest, ..] ? newest.Id : null);
        return id is { } plan ? await scopes.SendAsAsync(user, mediator => mediator.Send(new GetPlan(plan))) : null;
    }
}
