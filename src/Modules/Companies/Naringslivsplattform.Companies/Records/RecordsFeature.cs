using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Companies.Records;

/// <summary>The year's work with companies as the annual evaluation reads it (<see cref="ICompanyWorkRecords"/>), now or as of an earlier instant.</summary>
internal sealed class RecordsFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<ICompanyWorkRecords, CompanyWorkRecords>();
}
