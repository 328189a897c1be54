using System.Security.Claims;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.BuildingBlocks.Ui;

/// <summary>
/// Sends a page's command or query in a scope of its own that acts as the signed-in user in
/// the user's municipality. A circuit has no reliable HttpContext, so both are taken from the
/// authentication state instead, and each action gets a fresh Marten session rather than one that
/// lives as long as the circuit. Every interactive page sends its requests this way.
/// </summary>
public static class SignedInMediator
{
    public static Task<T> SendAsAsync<T>(this IServiceScopeFactory scopes, ClaimsPrincipal user, Func<IMediator, ValueTask<T>> send) =>
        scopes.RunAsAsync(user, services => send(services.GetRequiredService<IMediator>()).AsTask());

    /// <summary>Runs <paramref name="run"/> with the services of such a scope, for reads that need no mediator (a stream's history).</summary>
    public static async Task<T> RunAsAsync<T>(this IServiceScopeFactory scopes, ClaimsPrincipal user, Func<IServiceProvider, Task<T>> run)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (user.FindFirstValue(PlatformClaims.Municipality) is { Length: > 0 } municipality)
        {
            scope.ServiceProvider.GetRequiredService<MunicipalityContext>().Use(municipality);
        }

        if (user.Identity?.Name is { Length: > 0 } userName)
        {
            scope.ServiceProvider.GetRequiredService<OperationContext>().ActAs(userName);
        }

        return await run(scope.ServiceProvider);
    }
}
