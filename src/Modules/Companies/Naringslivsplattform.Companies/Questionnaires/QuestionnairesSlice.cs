using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <summary>What the module wires up for questionnaires, so the module class needs one line per hook.</summary>
internal static class QuestionnairesSlice
{
    public static void AddServices(IServiceCollection services) => services.AddHostedService<DefaultQuestionnaireOnStartup>();

    public static void Register(StoreOptions options)
    {
        options.Events.AddEventTypes([typeof(QuestionnaireCreated), typeof(QuestionnaireVersionPublished), typeof(QuestionnaireRetired)]);
        options.Projections.Snapshot<Questionnaire>(SnapshotLifecycle.Inline);
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var questionnaires = api.MapGroup("/questionnaires").WithTags("Enkäter");
        var reads = questionnaires.MapGroup("").RequireAuthorization(PlatformPolicies.Read);
        var writes = questionnaires.MapGroup("").RequireAuthorization(PlatformPolicies.Write);
        ListQuestionnairesEndpoint.Map(reads);
        GetQuestionnaireEndpoints.Map(reads);
        CreateQuestionnaireEndpoint.Map(writes);
        ChangeQuestionnaireEndpoints.Map(writes);
    }
}
