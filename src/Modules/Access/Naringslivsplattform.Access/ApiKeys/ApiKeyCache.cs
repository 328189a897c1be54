using Marten;
using Microsoft.Extensions.Caching.Memory;

namespace Naringslivsplattform.Access.ApiKeys;

/// <summary>
/// The keys presented lately, by prefix, so authenticating a request reads no database: an intranet calls with the same
/// key again and again. A key revoked here is forgotten at once; one revoked on another host stops working here within
/// <see cref="Lifetime"/> (docs/security.md). A prefix nobody holds is remembered too, so random keys cost one read each.
/// </summary>
internal sealed class ApiKeyCache(IDocumentStore store, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private const int MaxEntries = 10_000;

    private readonly MemoryCache _keys = new(new MemoryCacheOptions { SizeLimit = MaxEntries, Clock = new Clock(time) });

    /// <returns>Null when no key has the prefix.</returns>
    public async Task<ApiKey?> FindAsync(string prefix, CancellationToken cancellationToken)
    {
        if (_keys.TryGetValue(prefix, out ApiKey? cached))
        {
            return cached;
        }

        await using var session = store.QuerySession();
        var key = await session.Query<ApiKey>().Where(k => k.AnyTenant() && k.Prefix == prefix).SingleOrDefaultAsync(cancellationToken);
        _keys.Set(prefix, key, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return key;
    }

    public void Forget(string prefix) => _keys.Remove(prefix);

    public void Dispose() => _keys.Dispose();

#pragma warning disable CS0618 // ISystemClock is what MemoryCacheOptions takes for its clock
    private sealed class Clock(TimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
#pragma warning restore CS0618
}
