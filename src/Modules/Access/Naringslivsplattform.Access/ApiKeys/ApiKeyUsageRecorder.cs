using System.Collections.Concurrent;
using Marten;
using Microsoft.Extensions.Hosting;

namespace Naringslivsplattform.Access.ApiKeys;

/// <summary>
/// When each key was last used, kept in memory and written to its <see cref="ApiKeyUsage"/> document every
/// <see cref="FlushEvery"/> and when the app stops, so a request never waits for a commit to say it came. To the
/// minute is enough: an administrator reads it to find keys nobody uses.
/// </summary>
internal sealed class ApiKeyUsageRecorder(IDocumentStore store, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, (string Municipality, DateTimeOffset At)> _pending = new();

    public void Record(ApiKey key) => _pending[key.Id] = (key.MunicipalityCode, time.GetUtcNow());

    /// <summary>A use not yet written, for the listing on this host.</summary>
    public DateTimeOffset? PendingUse(Guid keyId) => _pending.TryGetValue(keyId, out var use) ? use.At : null;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await FlushAsync(stoppingToken);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var uses = _pending.ToArray();
        foreach (var municipality in uses.GroupBy(u => u.Value.Municipality))
        {
            await using var session = store.LightweightSession(municipality.Key);
            session.Store([.. municipality.Select(u => new ApiKeyUsage { Id = u.Key, LastUsedAt = u.Value.At })]);
            await session.SaveChangesAsync(cancellationToken);
        }

        foreach (var (id, use) in uses)
        {
            // A use recorded while writing stays pending for the next flush.
            _pending.TryRemove(KeyValuePair.Create(id, use));
        }
    }
}
