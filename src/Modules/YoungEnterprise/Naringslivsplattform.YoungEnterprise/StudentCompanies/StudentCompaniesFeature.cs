using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Messaging;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>UF companies (UF-företag) of a school year: registered, changed, given a mentor company and wound up; each its own stream.</summary>
internal sealed class StudentCompaniesFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.DescribeEvents(events => events
            .Describe<StudentCompanyRegistered>(e => SwedishFormat.Format(YoungEnterpriseTexts.HistoryStudentCompanyRegistered, e.Name, e.SchoolYear, e.SchoolName))
            .Describe<StudentCompanyDetailsChanged>(e => SwedishFormat.Format(YoungEnterpriseTexts.HistoryStudentCompanyDetailsChanged, e.Name, e.Students))
            .Describe<StudentCompanyMentorSet>(e => SwedishFormat.Format(YoungEnterpriseTexts.HistoryStudentCompanyMentorSet, e.MentorName))
            .Describe<StudentCompanyMentorRemoved>(_ => YoungEnterpriseTexts.HistoryStudentCompanyMentorRemoved)
            .Describe<StudentCompanyWoundUp>(e => SwedishFormat.Format(YoungEnterpriseTexts.HistoryStudentCompanyWoundUp, SwedishFormat.Day(e.WoundUpOn))));

        services.RelayEvents(CompanyTieRelays.NameFor("young-enterprise"), relay => relay
            .Publish<StudentCompanyRegistered>(e => StudentCompanyTies.Tied(e.MentorId, e.StudentCompanyId, e.Name, e.SchoolYear))
            .Publish<StudentCompanyDetailsChanged>(e => StudentCompanyTies.Tied(e.MentorId, e.StudentCompanyId, e.Name, e.SchoolYear))
            .Publish<StudentCompanyMentorSet>(StudentCompanyTies.MessagesOf)
            .Publish<StudentCompanyMentorRemoved>(e => [new CompanyUntied(e.PreviousMentorId, e.StudentCompanyId)]));
    }

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(StudentCompanyEventTypes.All);
        options.Projections.Snapshot<StudentCompany>(SnapshotLifecycle.Inline);
        options.Schema.For<StudentCompany>().Index(c => c.SchoolYear);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var (reads, writes) = api.MapResource("/student-companies", "UF-företag");
        ListStudentCompaniesEndpoint.Map(reads);
        GetStudentCompanyEndpoint.Map(reads);
        reads.MapHistory("studentCompanyId", typeof(StudentCompany), StudentCompanyStreams.Errors.NotFound, "GetStudentCompanyHistory", "UF-företagets historik");

        RegisterStudentCompanyEndpoint.Map(writes);
        ChangeStudentCompanyDetailsEndpoint.Map(writes);
        ChooseMentorEndpoint.Map(writes);
        RemoveMentorEndpoint.Map(writes);
        WindUpStudentCompanyEndpoint.Map(writes);
    }
}
