using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.Access.SigningIn;

/// <summary>Signing in and out: cookies for the admin UI (local accounts or OpenID Connect), API keys for the intranet.</summary>
internal sealed class SigningInFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddPlatformAuthentication(configuration);

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api) => SignInEndpoints.Map(app);
}
