using Bogus;
using Marten;
using Mediator;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.FollowUps;
using Naringslivsplattform.Companies.Questionnaires;
using Naringslivsplattform.Companies.Visits;
using Naringslivsplattform.ProcessPlan.Actions;
using PlanDocument = Naringslivsplattform.ProcessPlan.Plans.ProcessPlan;

namespace Naringslivsplattform.Host.DemoData;

/// <param name="Seed">The same seed gives the same companies, visits and actions on any machine.</param>
public sealed record DemoDataRequest(string MunicipalityCode, int Seed = DemoDataGenerator.DefaultSeed, int Companies = DemoDataGenerator.DefaultCompanies);

/// <param name="Error">Why nothing was made (in Swedish), or null.</param>
public sealed record DemoDataReport(int Companies, int ContactPersons, int Visits, int FollowUps, int Actions, string? Error);

/// <summary>
/// Fills a municipality's empty register with clearly fictional companies, visits over 2023–2024, their follow-ups and the office's process
/// plan actions (docs/demo-data.md). Everything goes through the modules' own commands, as <see cref="Actor"/>, so every
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

        var registered = new List<RegisteredCompany>();
        foreach (var company in companies)
        {
            registered.Add(await RegisterAsync(code, company, cancellationToken));
        }

        var planned = DemoVisits.Make(faker, visits, registered, people, questionnaire);
        foreach (var visit in planned)
        {
            await VisitAsync(code, visit, cancellationToken);
        }

        foreach (var action in actions)
        {
            await ActAsync(code, plan.Id, action, cancellationToken);
        }

        return new DemoDataReport(companies.Count, companies.Sum(c => c.Contacts.Count), planned.Count, planned.Sum(v => v.FollowUps.Count), actions.Count, null);
    }

    private static DemoDataReport Refused(string reason) => new(0, 0, 0, 0, 0, reason);

    /// <summary>Whether the register has companies, the plan covering 2023–2024, and the questionnaire visits answer.</summary>
    private async Task<(bool AnyCompany, PlanDocument? Plan, QuestionnaireVersion? Questionnaire)> ReadAsync(string code, CancellationToken cancellationToken)
    {
        await using var scope = Scope(code);
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

    private async Task<RegisteredCompany> RegisterAsync(string code, DemoCompany company, CancellationToken cancellationToken)
    {
        var registered = Required(await SendAsync(code, new RegisterCompany(company.Registration), cancellationToken));
        var version = registered.Version;
        foreach (var contact in company.Contacts)
        {
            var changed = await SendAsync(code, new ChangeCompany(registered.Id, version, (c, _) => CompanyDecisions.AddContact(c, Guid.CreateVersion7(), contact).Widen()), cancellationToken);
            version = Required(changed).Version;
        }

        return new RegisteredCompany(registered.Id, company.Section);
    }

    private async Task VisitAsync(string code, DemoVisit visit, CancellationToken cancellationToken)
    {
        var planned = Required(await SendAsync(code, new PlanVisit(visit.Plan), cancellationToken)).Visit;
        if (visit.Completion is { } completion)
        {
            Required(await SendAsync(code, new ChangeVisit(planned.Id, planned.Version, completion.QuestionnaireId,
                (v, questionnaire, today) => CompanyVisitDecisions.Complete(v, completion, questionnaire, today).Widen()), cancellationToken));
            foreach (var followUp in visit.FollowUps)
            {
                await FollowUpAsync(code, planned.Id, followUp, cancellationToken);
            }
        }
        else if (visit.Cancellation is { } cancellation)
        {
            Required(await SendAsync(code, new ChangeVisit(planned.Id, planned.Version, null, (v, _, _) => CompanyVisitDecisions.Cancel(v, cancellation).Widen()), cancellationToken));
        }
    }

    private async Task FollowUpAsync(string code, Guid visitId, DemoFollowUp followUp, CancellationToken cancellationToken)
    {
        var opened = Required(await SendAsync(code, new OpenFollowUp(followUp.Open with { VisitId = visitId }), cancellationToken));
        if (followUp.Resolution is { } resolution)
        {
            Required(await SendAsync(code, new ChangeFollowUp(opened.Id, opened.Version, (f, today) => FollowUpDecisions.Resolve(f, resolution, today).Widen()), cancellationToken));
        }
        else if (followUp.Closing is { } closing)
        {
            Required(await SendAsync(code, new ChangeFollowUp(opened.Id, opened.Version, (f, today) => FollowUpDecisions.Close(f, closing, today).Widen()), cancellationToken));
        }
    }

    private async Task ActAsync(string code, Guid planId, DemoAction action, CancellationToken cancellationToken)
    {
        var planned = Required(await SendAsync(code, new PlanNewAction(planId, action.Plan), cancellationToken)).Action;
        if (action.Completion is { } completion)
        {
            Required(await SendAsync(code, new ChangeAction(planned.Id, planned.Version, (a, today) => PlanActionDecisions.Complete(a, completion, today).Widen()), cancellationToken));
        }
        else if (action.CancelReason is { } reason)
        {
            Required(await SendAsync(code, new ChangeAction(planned.Id, planned.Version, (a, _) => PlanActionDecisions.Cancel(a, reason).Widen()), cancellationToken));
        }
    }

    /// <summary>Demo data is made to pass every rule; a refusal is a bug in the generator, so it stops the run.</summary>
    private static T Required<T>(Outcome<T> outcome)
        where T : class =>
        outcome.Value ?? throw new InvalidOperationException($"A demo data command was refused: {outcome.Error!.Code} {outcome.Error.Message}");

    /// <summary>One scope per command, acting for the municipality as <see cref="Actor"/>, as a request would.</summary>
    private async Task<T> SendAsync<T>(string code, ICommand<T> command, CancellationToken cancellationToken)
    {
        await using var scope = Scope(code);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
    }

    private AsyncServiceScope Scope(string code)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MunicipalityContext>().Use(code);
        scope.ServiceProvider.GetRequiredService<OperationContext>().ActAs(Actor);
        return scope;
    }
}
