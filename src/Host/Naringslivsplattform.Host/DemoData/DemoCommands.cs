using Mediator;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.Host.DemoData;

/// <summary>
/// Sends the modules' own commands for one municipality, one scope per command acting as <see cref="DemoDataGenerator.Actor"/>,
/// as a request would.
/// </summary>
internal sealed class DemoCommands(IServiceScopeFactory scopes, string municipalityCode)
{
    /// <summary>Demo data is made to pass every rule; a refusal is a bug in the generator, so it stops the run.</summary>
    public async Task<T> RequiredAsync<T>(ICommand<Outcome<T>> command, CancellationToken cancellationToken)
        where T : class
    {
        var outcome = await SendAsync(command, cancellationToken);
        return outcome.Value ?? throw new InvalidOperationException($"A demo data command was refused: {outcome.Error!.Code} {outcome.Error.Message}");
    }

    public async Task<T> SendAsync<T>(ICommand<T> command, CancellationToken cancellationToken)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
    }

    public AsyncServiceScope Scope()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MunicipalityContext>().Use(municipalityCode);
        scope.ServiceProvider.GetRequiredService<OperationContext>().ActAs(DemoDataGenerator.Actor);
        return scope;
    }
}
