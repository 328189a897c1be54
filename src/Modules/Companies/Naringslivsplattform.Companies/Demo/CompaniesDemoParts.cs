using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.FollowUps;
using Naringslivsplattform.Companies.Questionnaires;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.Demo;

/// <summary>The fictional companies with their contact persons; a municipality whose register has any company is never touched.</summary>
internal sealed class CompaniesDemoPart : IDemoDataPart
{
    public int Order => DemoDataOrder.Companies;

    public async Task<string?> PrepareAsync(DemoDataRun run, CancellationToken cancellationToken)
    {
        await using var scope = run.Scope();
        return await scope.ServiceProvider.GetRequiredService<IQuerySession>().Query<Company>().AnyAsync(cancellationToken)
            ? SwedishFormat.Format(CompaniesTexts.DemoRegisterNotEmpty, run.MunicipalityCode)
            : null;
    }

    public async Task WriteAsync(DemoDataRun run, CancellationToken cancellationToken)
    {
        foreach (var company in DemoCompanies.Make(run.Faker, run.CompanyCount, run.Localities))
        {
            var registered = (await run.RequiredAsync(new RegisterCompany(company.Registration), cancellationToken)).Value;
            var version = registered.Version;
            foreach (var contact in company.Contacts)
            {
                version = (await run.RequiredAsync(new AddContactPerson(registered.Id, version, contact), cancellationToken)).Version;
            }

            run.Companies.Add(new DemoCompany(registered.Id, company.Section, company.Registration.Locality!));
            run.Count(DemoCounts.Companies, 1);
            run.Count(DemoCounts.ContactPersons, company.Contacts.Count);
        }
    }
}

/// <summary>About 1.25 visits per company over 2023–2024, answering the default questionnaire, and the follow-ups of what they raised.</summary>
internal sealed class VisitsDemoPart(IServiceScopeFactory scopes, IConfiguration configuration) : IDemoDataPart
{
    private const double VisitsPerCompany = 1.25;

    private const string DefaultQuestionnaireTitle = "Företagsbesök – grundfrågor";

    public int Order => DemoDataOrder.Visits;

    public async Task WriteAsync(DemoDataRun run, CancellationToken cancellationToken)
    {
        // The default questionnaire, as the app gives it on start, so a database the app has never run against gets it too.
        await new DefaultQuestionnaireOnStartup(scopes, configuration).StartAsync(cancellationToken);
        var visits = DemoVisits.Make(
            run.Faker, (int)Math.Round(run.CompanyCount * VisitsPerCompany), run.Companies, run.People, await QuestionnaireAsync(run, cancellationToken));
        foreach (var visit in visits)
        {
            var planned = (await run.RequiredAsync(new PlanVisit(visit.Plan), cancellationToken)).Value;
            if (visit.Completion is { } completion)
            {
                await run.RequiredAsync(new CompleteVisit(planned.Id, planned.Version, completion), cancellationToken);
                foreach (var followUp in visit.FollowUps)
                {
                    await DemoFollowUps.WriteAsync(run, planned.Id, followUp, cancellationToken);
                }
            }
            else if (visit.Cancellation is { } cancellation)
            {
                await run.RequiredAsync(new CancelVisit(planned.Id, planned.Version, cancellation), cancellationToken);
            }
        }

        run.Count(DemoCounts.Visits, visits.Count);
        run.Count(DemoCounts.FollowUps, visits.Sum(v => v.FollowUps.Count));
    }

    /// <summary>The questionnaire the visits answer: the default one, else any that is not retired.</summary>
    private static async Task<QuestionnaireVersion?> QuestionnaireAsync(DemoDataRun run, CancellationToken cancellationToken)
    {
        await using var scope = run.Scope();
        var questionnaires = (await scope.ServiceProvider.GetRequiredService<IQuerySession>().Query<Questionnaire>().ToListAsync(cancellationToken))
            .Where(q => !q.Retired).ToList();
        return (questionnaires.FirstOrDefault(q => q.Latest.Title == DefaultQuestionnaireTitle) ?? questionnaires.FirstOrDefault())?.Latest;
    }
}

/// <summary>The follow-ups of what companies raised at other modules' meetings, as "Skapa uppföljning" on a meeting page would open them.</summary>
internal sealed class RaisedIssuesDemoPart : IDemoDataPart
{
    public int Order => DemoDataOrder.RaisedIssues;

    public async Task WriteAsync(DemoDataRun run, CancellationToken cancellationToken)
    {
        foreach (var issue in run.RaisedIssues)
        {
            var open = new OpenFollowUpRequest(issue.CompanyId, null, null, issue.Source, issue.Text, issue.Category, issue.Owner, issue.RaisedOn, issue.Due);
            await DemoFollowUps.WriteAsync(run, null, DemoFollowUps.Settle(run.Faker, open, issue.Due), cancellationToken);
        }

        run.Count(DemoCounts.FollowUps, run.RaisedIssues.Count);
    }
}
