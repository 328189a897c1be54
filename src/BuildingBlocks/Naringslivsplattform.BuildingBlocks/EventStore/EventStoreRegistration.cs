using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.MultiTenancy;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Weasel.Core;
using Wolverine.Marten;

namespace Naringslivsplattform.BuildingBlocks.EventStore;

public static class EventStoreRegistration
{
    /// <summary>
    /// One Marten event store for every module: conjoined tenancy by municipality, full event
    /// metadata, sessions opened per municipality, and Wolverine's transactional outbox on the same database.
    /// </summary>
    public static IServiceCollection AddEventStore(
        this IServiceCollection services, IConfiguration configuration, IReadOnlyList<IModule> modules)
    {
        var connectionString = configuration.GetConnectionString(EventStoreOptions.ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"Connection string 'ConnectionStrings:{EventStoreOptions.ConnectionStringName}' is not configured.");

        services.AddHttpContextAccessor();
        services.AddOptions<TenancyOptions>()
            .Bind(configuration.GetSection(TenancyOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<MunicipalityContext>();
        services.AddScoped<OperationContext>();

        services.AddMarten(options =>
            {
                options.Connection(connectionString);
                options.DatabaseSchemaName = EventStoreOptions.SchemaName;
                options.Events.DatabaseSchemaName = EventStoreOptions.EventsSchemaName;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.Events.StreamIdentity = StreamIdentity.AsGuid;
                options.Events.TenancyStyle = TenancyStyle.Conjoined;
                options.Policies.AllDocumentsAreMultiTenanted();
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;
                options.Events.MetadataConfig.UserNameEnabled = true;

                foreach (var module in modules)
                {
                    module.ConfigureEventStore(options);
                }
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            .AddAsyncDaemon(DaemonMode.Solo)
            .IntegrateWithWolverine();

        return services.AddMunicipalitySessions();
    }
}
