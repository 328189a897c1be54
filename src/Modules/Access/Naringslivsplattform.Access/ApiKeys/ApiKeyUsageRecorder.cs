using System.Collections.Concurrent;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Naringslivsplattform.Access.ApiKeys;

/// <summary>
/// When each key was last used, kept in memory and written to its <see cref="ApiKeyUsage"/> document every
/// <see cref="FlushEvery"/> and when the app begins to stop (before the store's own services stop), so a request never
/// waits for a commit to say it came. To the minute is enough: an administrator reads it to find keys nobody uses.
/// </summary>
internal sealed partial class ApiKeyUsageRecorder(IDocumentStore store, TimeProvider time, ILogger<ApiKeyUsageRecorder> logger)
    : BackgroundService, IHostedLifecycleService
{
    public static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, (string Municipality, DateTimeOffset At)> _pending = new();

    public void Record(ApiKey key) => _pending[key.Id] = (key.MunicipalityCode, time.GetUtcNow());

    /// <summary>A use not yet written, for the listing on this host.</summary>
    public DateTimeOffset? PendingUse(Guid keyId) => _pending.TryGetValue(keyId, out var use) ? use.At : null;

    public Task StoppingAsync(CancellationToken cancellationToken) => FlushAsync(cancellationToken);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await FlushAsync(stoppingToken);
        }
    }

    /// <summary>Writes the pending uses; when the database is away they stay pending for the next time, and the app goes on.</summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var uses = _pending.ToArray();
        try
        {
            foreach (var municipality in uses.GroupBy(u => u.Value.Municipality))
            {
                await using var session = store.LightweightSession(municipality.Key);
                session.Store([.. municipality.Select(u => new ApiKeyUsage { Id = u.Key, LastUsedAt = u.Value.At })]);
                await session.SaveChangesAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotWritten(logger, uses.Length, exception);
            return;
        }

        foreach (var (id, use) in uses)
        {
            // A use recorded while writing stays pending for the next flush.
            _pending.TryRemove(KeyValuePair.Create(id, use));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The last use of {Count} API keys could not be written; it is tried again")]
    private static partial void LogNotWritten(ILogger logger, int count, Exception exception);
}
