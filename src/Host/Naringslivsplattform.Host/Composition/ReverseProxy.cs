using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Naringslivsplattform.Host.Composition;

internal sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of the proxies in front of the app whose X-Forwarded-For / -Proto are believed; none by default.</summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];
}

/// <summary>
/// Behind the municipality's reverse proxy every request comes from the proxy's address, so the sign-in limit per
/// client address would be one shared limit. Only the proxies named in configuration are believed about the client:
/// anyone else could forge X-Forwarded-For.
/// </summary>
internal static class ReverseProxy
{
    public static bool IsConfigured(IConfiguration configuration) =>
        configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>()?.KnownProxies.Count > 0;

    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>()?.KnownProxies ?? [];
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{proxy}' is not an IP address."));
            }
        });
    }
}
