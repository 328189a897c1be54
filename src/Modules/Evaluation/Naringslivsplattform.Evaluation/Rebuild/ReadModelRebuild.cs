using JasperFx.Events.Daemon;
using JasperFx.Events.Descriptors;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.Evaluation.Evaluations;

namespace Naringslivsplattform.Evaluation.Rebuild;

/// <summary>
/// Rebuilds every read model from the events, one after another (ADR 0013): each Marten projection registered in the
/// store, found in the store's options so a new module's projection is included without a line here; then the read
/// models modules keep otherwise (<see cref="IRebuildableReadModel"/>, e.g. the company ties), each rebuilt by its own
/// module; last the annual evaluations of every municipality, which are made through the other modules' contracts and
/// so come after their read models.
/// </summary>
internal sealed class ReadModelRebuild(
    IDocumentStore store, IProjectionCoordinator coordinator, IEnumerable<IRebuildableReadModel> otherReadModels, IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>False while a rebuild runs, so that two administrators cannot rebuild the same tables at once.</summary>
    public bool IsIdle => _oneAtATime.CurrentCount == 1;

    /// <returns>The read models rebuilt, in order; null when another rebuild was already running.</returns>
    public async Task<IReadOnlyList<string>?> RebuildAllAsync(IProgress<RebuildProgress> progress, CancellationToken cancellationToken)
    {
        if (!await _oneAtATime.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            return null;
        }

        try
        {
            var steps = await StepsAsync(cancellationToken);
            for (var i = 0; i < steps.Count; i++)
            {
                progress.Report(new RebuildProgress(steps[i].ReadModel, i + 1, steps.Count, Done: false));
                await steps[i].Run(cancellationToken);
                progress.Report(new RebuildProgress(steps[i].ReadModel, i + 1, steps.Count, Done: true));
            }

            return [.. steps.Select(s => s.ReadModel)];
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>The names of the store's projections, in the order they were registered; subscriptions are not projections.</summary>
    public IReadOnlyList<string> ProjectionNames() =>
        [.. ((StoreOptions)store.Options).Projections.All.Where(p => p.Type != SubscriptionType.Subscription).Select(p => p.Name)];

    private async Task<IReadOnlyList<Step>> StepsAsync(CancellationToken cancellationToken)
    {
        var daemon = coordinator.DaemonForMainDatabase();
        var municipalities = await MunicipalitiesAsync(cancellationToken);
        return
        [
            .. ProjectionNames().Select(name => new Step(name, ct => daemon.RebuildProjectionAsync(name, ct))),
            .. otherReadModels.Select(model => new Step(model.Name, model.RebuildAsync)),
            .. municipalities.Select(code => new Step(SwedishFormat.Format(RebuildTexts.EvaluationsReadModel, code), ct => RefreshEvaluationsAsync(code, ct))),
        ];
    }

    /// <summary>Every municipality with events in the store (the tenants of its events).</summary>
    private async Task<IReadOnlyList<string>> MunicipalitiesAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var tenants = await session.Events.QueryAllRawEvents().Where(e => e.AnyTenant()).Select(e => e.TenantId).Distinct().ToListAsync(cancellationToken);
        return [.. tenants.Where(Municipality.IsValidCode).Order(StringComparer.Ordinal)];
    }

    private async Task RefreshEvaluationsAsync(string municipality, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MunicipalityContext>().Use(municipality);
        await scope.ServiceProvider.GetRequiredService<EvaluationRefresher>().RefreshAllAsync(cancellationToken);
    }

    public void Dispose() => _oneAtATime.Dispose();

    private sealed record Step(string ReadModel, Func<CancellationToken, Task> Run);
}
