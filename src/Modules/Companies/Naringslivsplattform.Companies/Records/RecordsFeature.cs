using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Companies.Records;

/// <summary>
/// The year's work with companies as the annual evaluation reads it (<see cref="ICompanyWorkRecords"/>), now or as of an
/// earlier instant. Each follow-up's dated steps are kept inline beside its snapshot, so the year's follow-up figures are
/// read from the stored follow-ups without refolding their events.
/// </summary>
internal sealed class RecordsFeature : IModuleFeature
{
    public void ConfigureEventStore(StoreOptions options)
    {
        options.Projections.Snapshot<FollowUpHistory>(SnapshotLifecycle.Inline);
        options.Schema.For<FollowUpHistory>().Index(f => f.Now.OpenedOn);
    }

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<ICompanyWorkRecords, CompanyWorkRecords>();
}
