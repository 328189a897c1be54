using Naringslivsplattform.TestSupport;

[assembly: AssemblyFixture(typeof(Naringslivsplattform.Api.Tests.DatabaseFixture))]

namespace Naringslivsplattform.Api.Tests;

/// <summary>One throwaway PostgreSQL for the whole test assembly; each test app gets its own database.</summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async ValueTask InitializeAsync() => _server = await PostgresServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
