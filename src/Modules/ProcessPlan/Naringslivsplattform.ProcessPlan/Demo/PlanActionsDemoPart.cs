using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Importing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Demo;

/// <summary>
/// The plan the demo work is recorded under — the one covering 2023–2024, imported from the seeds first as the app does
/// on start, so a database the app has never run against gets it too — and the office's own actions under it.
/// </summary>
internal sealed class PlanActionsDemoPart(SeedImporter seeds, IOptions<SeedOptions> options) : IDemoDataPart
{
    public int Order => DemoDataOrder.PlanActions;

    public async Task<string?> PrepareAsync(DemoDataRun run, CancellationToken cancellationToken)
    {
        if (options.Value.ImportOnStartup)
        {
            await seeds.ImportAllAsync(cancellationToken);
        }

        await using var scope = run.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<IPlanActivityDirectory>();
        var first = await directory.FindAsync("1.1", DemoDataRun.First, cancellationToken);
        var last = await directory.FindAsync("1.1", DemoDataRun.Last, cancellationToken);
        if (first is null || first.PlanId != last?.PlanId
            || await scope.ServiceProvider.GetRequiredService<IQuerySession>().LoadAsync<Plan>(first.PlanId, cancellationToken) is not { } plan)
        {
            return SwedishFormat.Format(ProcessPlanTexts.DemoNoPlan, run.MunicipalityCode);
        }

        run.Plan = new DemoPlan(plan.Id, [.. plan.Clusters.Select(c => new DemoPlanCluster(c.Name, c.Locality))]);
        return null;
    }

    public async Task WriteAsync(DemoDataRun run, CancellationToken cancellationToken)
    {
        var actions = DemoActions.Make(run.Faker, run.Town, run.Plan!.Clusters, run.People);
        foreach (var action in actions)
        {
            var planned = (await run.RequiredAsync(new PlanNewAction(run.Plan.Id, action.Plan), cancellationToken)).Value;
            if (action.Completion is { } completion)
            {
                await run.RequiredAsync(new CompleteAction(planned.Id, planned.Version, completion), cancellationToken);
            }
            else if (action.CancelReason is { } reason)
            {
                await run.RequiredAsync(new CancelAction(planned.Id, planned.Version, new CancelActionRequest(reason)), cancellationToken);
            }
        }

        run.Count(DemoCounts.PlanActions, actions.Count);
    }
}
