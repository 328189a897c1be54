using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Importing;

/// <summary>Make the municipality's plan say what <paramref name="Definition"/> says, through events.</summary>
internal sealed record ImportProcessPlan(PlanDefinition Definition) : ICommand<PlanImportResult>;

internal sealed record PlanImportResult(Guid PlanId, int EventsAppended);

internal sealed class ImportProcessPlanHandler(IDocumentSession session, MunicipalityContext municipality)
    : ICommandHandler<ImportProcessPlan, PlanImportResult>
{
    public async ValueTask<PlanImportResult> Handle(ImportProcessPlan command, CancellationToken cancellationToken)
    {
        var planId = PlanIdentity.For(municipality.Code, command.Definition.Header.PlanKey);
        var stream = await session.Events.FetchForWriting<Plan>(planId, cancellationToken);

        // The plan's inline snapshot can be missing while read models are rebuilt: then the plan is folded from its
        // events, so an existing plan is never taken for a new one and registered twice.
        var plan = stream.Aggregate ?? (stream.CurrentVersion > 0
            ? await session.Events.AggregateStreamAsync<Plan>(planId, token: cancellationToken)
            : null);
        var events = PlanImportRules.Decide(plan, planId, command.Definition);
        if (events.Count > 0)
        {
            stream.AppendMany(events);
            await session.SaveChangesAsync(cancellationToken);
        }

        return new PlanImportResult(planId, events.Count);
    }
}
