using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Companies.Erasure;

/// <summary>Erasing a contact person or a sole trader's personnummer on request, by masking the events that hold it (ADR 0010); administrators only.</summary>
internal sealed class ErasureFeature : IModuleFeature
{
    public void ConfigureEventStore(StoreOptions options) => PersonalDataMasking.Register(options);

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var companies = api.MapGroup("/companies").WithTags("Företag").RequireAuthorization(PlatformPolicies.Administer);
        EraseContactPersonEndpoint.Map(companies);
        ErasePersonalIdentityNumberEndpoint.Map(companies);
    }
}
