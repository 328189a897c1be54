using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.Evaluation.Evaluations;

/// <summary>
/// Keeps the stored evaluations current: any event of a municipality may move a figure (a held action, a visit, a
/// follow-up closed, a target set), so each page of new events refreshes the evaluations of the municipalities in it.
/// It runs in the async daemon, so a write never waits for it and the evaluation follows a moment later. A refresh reads
/// the modules' inline read models year by year (ADR 0016): they already hold every event of the page, and the cost is
/// that of the plan-years' work, never the store's history, so the daemon keeps up and is idle between writes.
/// </summary>
internal sealed class EvaluationRefreshSubscription : SubscriptionBase
{
    public const string SubscriptionName = "evaluation-refresh";

    private readonly IServiceScopeFactory _scopes;

    public EvaluationRefreshSubscription(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        Name = SubscriptionName;
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        foreach (var municipality in page.Events.Select(e => e.TenantId).Distinct().Where(Municipality.IsValidCode))
        {
            await using var scope = _scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<MunicipalityContext>().Use(municipality);
            await scope.ServiceProvider.GetRequiredService<EvaluationRefresher>().RefreshAllAsync(cancellationToken);
        }

        return NullChangeListener.Instance;
    }
}
