using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Companies.Importing;

/// <summary>The register in and out as files: a CSV import (every row checked before anything is appended), CSV and XLSX exports.</summary>
internal sealed class ImportingFeature : IModuleFeature
{
    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var companies = api.MapResource("/companies", "Företag");
        ExportCompaniesEndpoints.Map(companies.Reads);
        ImportCompaniesEndpoint.Map(companies.Writes);
    }
}
