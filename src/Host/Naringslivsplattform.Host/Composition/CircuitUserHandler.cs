using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Host.Composition;

/// <summary>
/// Hands a circuit's signed-in user to <see cref="CurrentUser"/>, so commands sent from interactive
/// pages are attributed to that user and run in that user's municipality.
/// </summary>
internal sealed class CircuitUserHandler(AuthenticationStateProvider authentication, CurrentUser currentUser) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        currentUser.UseCircuitUser((await authentication.GetAuthenticationStateAsync()).User);
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationChanged;

    private void OnAuthenticationChanged(Task<AuthenticationState> state) =>
        _ = state.ContinueWith(t => currentUser.UseCircuitUser(t.Result.User), TaskContinuationOptions.OnlyOnRanToCompletion);
}
