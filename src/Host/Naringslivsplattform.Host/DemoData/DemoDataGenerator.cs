using Bogus;
using Marten;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Questionnaires;
using Naringslivsplattform.Companies.Visits;
using Naringslivsplattform.ProcessPlan.Actions;
using PlanDocument = Naringslivsplattform.ProcessPlan.Plans.Plan;

namespace Naringslivsplattform.Host.DemoData;

/// <param name="Seed">The same seed gives the same companies, visits and actions on any machine.</param>
public sealed record DemoDataRequest(string MunicipalityCode, int Seed = DemoDataGenerator.DefaultSeed, int Companies = DemoDataGenerator.DefaultCompanies);

/// <param name="FollowUps">Of visit answers and of issues raised at cluster meetings.</param>
/// <param name="Modules">What the micro-cluster, school and UF modules got.</param>
/// <param name="Error">Why nothing was made (in Swedish), or null.</param>
public sealed record DemoDataReport(int Companies, int ContactPersons, int Visits, int FollowUps, int Actions, DemoModuleCounts Modules, string? Error);

/// <param name="ClusterMeetings">Held and cancelled.</param>
/// <param name="CouncilMeetings">Industry council meetings, all held.</param>
/// <param name="UfEvents">Held, cancelled and still planned.</param>
public sealed record DemoModuleCounts(
    int Clusters, int ClusterMeetings, int Schools, int IndustryCouncils, int CouncilMeetings, int LeadTeacherMeetings, int StudentCompanies, int UfEvents)
{
    public static readonly DemoModuleCounts None = new(0, 0, 0, 0, 0, 0, 0, 0);
}

/// <summary>
/// Fills a municipality's empty register with clearly fictional companies, visits over 2023–2024, their follow-ups, the office's process
/// plan actions, the plan's micro-clusters, the upper-secondary school's industry councils and UF (docs/demo-data.md). Everything goes through the modules' own commands, as <see cref="Actor"/>, so every
/// event passes the same decisions as one from the UI. A municipality with any company is never touched.
/// </summary>
public sealed class DemoDataGenerator(IServiceScopeFactory scopes)
{
    public const string Actor = "system:demodata";
    public const int DefaultSeed = 2462;
    public const int DefaultCompanies = 120;
    public const int MaxCompanies = 2000;

    /// <summary>Visits per company: about 150 for the default 120.</summary>
    private const double VisitsPerCompany = 1.25;

    private const string DefaultQuestionnaireTitle = "Företagsbesök – grundfrågor";

    public async Task<DemoDataReport> GenerateAsync(DemoDataRequest request, CancellationToken cancellationToken = default)
    {
        var code = request.MunicipalityCode;
        if (!Municipality.IsValidCode(code))
        {
            return Refused($"'{code}' är ingen kommunkod (fyra siffror).");
        }

        if (request.Companies is < 1 or > MaxCompanies)
        {
            return Refused($"Antalet företag ska vara mellan 1 och {MaxCompanies}.");
        }

        var localities = Localities.Of(code);
        if (localities.Count == 0)
        {
            return Refused($"Kommun {code} har ingen ortslista; demodata behöver orterna.");
        }

        var (anyCompany, plan, questionnaire) = await ReadAsync(code, cancellationToken);
        if (anyCompany)
        {
            return Refused($"Kommun {code} har redan företag i registret. Demodata fyller bara en tom databas; se docs/demo-data.md för hur man börjar om.");
        }

        if (plan is null)
        {
            return Refused($"Ingen processplan för 2023–2024 finns i kommun {code}. Starta appen en gång så att planen importeras.");
        }

        var faker = new Faker("sv") { Random = new Randomizer(request.Seed) };
        var people = DemoPeople.Make(faker);
        var town = localities.FirstOrDefault(l => l.Area == LocalityAreas.Town)?.Name ?? localities[0].Name;
        var companies = DemoCompanies.Make(faker, request.Companies, localities);
        var visits = (int)Math.Round(request.Companies * VisitsPerCompany);
        var actions = DemoActions.Make(faker, town, plan.Clusters, people);

        var commands = new DemoCommands(scopes, code);
        var registered = new List<RegisteredCompany>();
        foreach (var company in companies)
        {
            registered.Add(await RegisterAsync(commands, company, cancellationToken));
        }

        var planned = DemoVisits.Make(faker, visits, registered, people, questionnaire);
        foreach (var visit in planned)
        {
            await VisitAsync(commands, visit, cancellationToken);
        }

        foreach (var action in actions)
        {
            await ActAsync(commands, plan.Id, action, cancellationToken);
        }

        var clusters = DemoClusters.Make(faker, plan.Clusters, registered, people, town);
        var school = DemoSchools.Make(faker, registered, people);
        var young = DemoYoungEnterprise.Make(faker, registered, people, town);
        await DemoClusters.WriteAsync(commands, clusters, cancellationToken);
        var schoolId = await DemoSchools.WriteAsync(commands, school, cancellationToken);
        await DemoYoungEnterprise.WriteAsync(commands, schoolId, young, cancellationToken);

        var followUps = planned.Sum(v => v.FollowUps.Count) + clusters.Sum(c => c.Meetings.Sum(m => m.FollowUps.Count));
        var modules = new DemoModuleCounts(
            clusters.Count, clusters.Sum(c => c.Meetings.Count), 1, school.Councils.Count, school.Councils.Sum(c => c.Meetings.Count), school.LeadTeacherMeetings.Count,
            young.Companies.Count, young.Events.Count);
        return new DemoDataReport(companies.Count, companies.Sum(c => c.Contacts.Count), planned.Count, followUps, actions.Count, modules, null);
    }

    private static DemoDataReport Refused(string reason) => new(0, 0, 0, 0, 0, DemoModuleCounts.None, reason);

    /// <summary>Whether the register has companies, the plan covering 2023–2024, and the questionnaire visits answer.</summary>
    private async Task<(bool AnyCompany, PlanDocument? Plan, QuestionnaireVersion? Questionnaire)> ReadAsync(string code, CancellationToken cancellationToken)
    {
        await using var scope = new DemoCommands(scopes, code).Scope();
        var session = scope.ServiceProvider.GetRequiredService<IQuerySession>();
        var anyCompany = await session.Query<Company>().AnyAsync(cancellationToken);
        var directory = scope.ServiceProvider.GetRequiredService<IPlanActivityDirectory>();
        var first = await directory.FindAsync("1.1", DemoVisits.First, cancellationToken);
        var last = await directory.FindAsync("1.1", DemoVisits.Last, cancellationToken);
        var plan = first is not null && first.PlanId == last?.PlanId ? await session.LoadAsync<PlanDocument>(first.PlanId, cancellationToken) : null;
        var questionnaires = (await session.Query<Questionnaire>().ToListAsync(cancellationToken)).Where(q => !q.Retired).ToList();
        var questionnaire = questionnaires.FirstOrDefault(q => q.Latest.Title == DefaultQuestionnaireTitle) ?? questionnaires.FirstOrDefault();
        return (anyCompany, plan, questionnaire?.Latest);
    }

    private static async Task<RegisteredCompany> RegisterAsync(DemoCommands commands, DemoCompany company, CancellationToken cancellationToken)
    {
        var registered = (await commands.RequiredAsync(new RegisterCompany(company.Registration), cancellationToken)).Value;
        var version = registered.Version;
        foreach (var contact in company.Contacts)
        {
            var changed = await commands.RequiredAsync(new AddContactPerson(registered.Id, version, contact), cancellationToken);
            version = changed.Version;
        }

        return new RegisteredCompany(registered.Id, company.Section, company.Registration.Locality!);
    }

    private static async Task VisitAsync(DemoCommands commands, DemoVisit visit, CancellationToken cancellationToken)
    {
        var planned = (await commands.RequiredAsync(new PlanVisit(visit.Plan), cancellationToken)).Value;
        if (visit.Completion is { } completion)
        {
            await commands.RequiredAsync(new CompleteVisit(planned.Id, planned.Version, completion), cancellationToken);
            foreach (var followUp in visit.FollowUps)
            {
                await DemoFollowUps.WriteAsync(commands, planned.Id, followUp, cancellationToken);
            }
        }
        else if (visit.Cancellation is { } cancellation)
        {
            await commands.RequiredAsync(new CancelVisit(planned.Id, planned.Version, cancellation), cancellationToken);
        }
    }

    private static async Task ActAsync(DemoCommands commands, Guid planId, DemoAction action, CancellationToken cancellationToken)
    {
        var planned = (await commands.RequiredAsync(new PlanNewAction(planId, action.Plan), cancellationToken)).Value;
        if (action.Completion is { } completion)
        {
            await commands.RequiredAsync(new CompleteAction(planned.Id, planned.Version, completion), cancellationToken);
        }
        else if (action.CancelReason is { } reason)
        {
            await commands.RequiredAsync(new CancelAction(planned.Id, planned.Version, new CancelActionRequest(reason)), cancellationToken);
        }
    }
}
