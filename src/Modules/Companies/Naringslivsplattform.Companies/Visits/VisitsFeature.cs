using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.Companies.Visits;

/// <summary>Company visits serving activity 1.3: planned, rescheduled, completed with a questionnaire's answers, or cancelled; each its own stream.</summary>
internal sealed class VisitsFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.DescribeEvents(events => events
            .Describe<CompanyVisitPlanned>(e => SwedishFormat.Format(CompaniesTexts.HistoryVisitPlanned, e.CompanyName, e.PlannedOn))
            .Describe<CompanyVisitRescheduled>(e => SwedishFormat.Format(CompaniesTexts.HistoryVisitRescheduled, e.PlannedOn))
            .Describe<CompanyVisitCompleted>(e => SwedishFormat.Format(CompaniesTexts.HistoryVisitCompleted, e.HeldOn, e.Answers.Count))
            .Describe<CompanyVisitCancelled>(e => SwedishFormat.Format(CompaniesTexts.HistoryVisitCancelled, e.Reason)));

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(CompanyVisitEventTypes.All);
        options.Projections.Snapshot<CompanyVisit>(SnapshotLifecycle.Inline);
        options.Schema.For<CompanyVisit>().Index(v => v.CompanyId).Index(v => v.HeldOn);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        NearbyVisitsEndpoint.Map(api.MapGroup("/companies").WithTags("Företag").RequireAuthorization(PlatformPolicies.Read));

        var (reads, writes) = api.MapResource("/visits", "Företagsbesök");
        ListVisitsEndpoint.Map(reads);
        GetVisitEndpoint.Map(reads);
        reads.MapHistory("visitId", typeof(CompanyVisit), VisitStreams.Errors.NotFound, "GetVisitHistory", "Besökets historik");

        PlanVisitEndpoint.Map(writes);
        RescheduleVisitEndpoint.Map(writes);
        CompleteVisitEndpoint.Map(writes);
        CancelVisitEndpoint.Map(writes);
    }
}
