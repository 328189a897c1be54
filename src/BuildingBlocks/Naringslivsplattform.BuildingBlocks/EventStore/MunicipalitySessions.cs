using Marten;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.BuildingBlocks.EventStore;

/// <summary>
/// Opens every injected Marten session for the scope's municipality (the tenant) and stamps
/// the acting user and correlation id, so no handler can forget either. Registered as the scoped
/// <see cref="IDocumentSession"/>/<see cref="IQuerySession"/> rather than as Marten's ISessionFactory,
/// which Wolverine's outbox consumes as a singleton.
/// </summary>
internal static class MunicipalitySessions
{
    public static IServiceCollection AddMunicipalitySessions(this IServiceCollection services)
    {
        services.AddScoped<IQuerySession>(provider =>
            provider.GetRequiredService<IDocumentStore>().QuerySession(provider.GetRequiredService<MunicipalityContext>().Code));
        services.AddScoped<IDocumentSession>(provider =>
        {
            var operation = provider.GetRequiredService<OperationContext>();
            var session = provider.GetRequiredService<IDocumentStore>().LightweightSession(provider.GetRequiredService<MunicipalityContext>().Code);
            session.LastModifiedBy = operation.UserName;
            session.CorrelationId = operation.CorrelationId;
            return session;
        });
        return services;
    }
}
