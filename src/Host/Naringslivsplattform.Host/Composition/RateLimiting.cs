using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Host.Composition;

internal sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public int ApiRequestsPerMinute { get; set; } = 600;

    public int SignInAttemptsPerMinute { get; set; } = 10;
}

internal static class RateLimiting
{
    /// <summary>Per caller on the API and per client address on sign-in; over the limit is 429 problem details.</summary>
    public static IServiceCollection AddPlatformRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimits.Api, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "okänd",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.ApiRequestsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(RateLimits.SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "okänd",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
    }
}
