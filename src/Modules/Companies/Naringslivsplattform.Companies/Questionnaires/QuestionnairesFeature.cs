using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <summary>Versioned question sets for company visits (every version kept), and the default questionnaire a new municipality starts with.</summary>
internal sealed class QuestionnairesFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddHostedService<DefaultQuestionnaireOnStartup>();

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(QuestionnaireEventTypes.All);
        options.Projections.Snapshot<Questionnaire>(SnapshotLifecycle.Inline);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var (reads, writes) = api.MapResource("/questionnaires", "Enkäter");
        ListQuestionnairesEndpoint.Map(reads);
        GetQuestionnaireEndpoints.Map(reads);

        CreateQuestionnaireEndpoint.Map(writes);
        ReviseQuestionnaireEndpoint.Map(writes);
        RetireQuestionnaireEndpoint.Map(writes);
    }
}
