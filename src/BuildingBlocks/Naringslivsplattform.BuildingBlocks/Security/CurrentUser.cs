using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Naringslivsplattform.BuildingBlocks.Security;

/// <summary>
/// The user of the current scope: the request's user, or in a Blazor circuit (where there is no
/// request to ask) the circuit's user, which the Host's circuit handler hands over.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor httpContextAccessor)
{
    private ClaimsPrincipal? _circuitUser;

    public ClaimsPrincipal? Principal => _circuitUser ?? httpContextAccessor.HttpContext?.User;

    public void UseCircuitUser(ClaimsPrincipal principal) => _circuitUser = principal;
}
