using Bogus;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.BuildingBlocks.DemoData;

/// <summary>A registered demo company: its id, the SNI section visits and councils choose by, and the locality clusters choose by.</summary>
public sealed record DemoCompany(Guid Id, string Section, string Locality);

/// <summary>Something a company raised at a meeting of another module, for the office to follow up.</summary>
/// <param name="Source">Where it was raised, in Swedish, as the follow-up shows it (e.g. "Möte med klustret Saxnäs 2024-03-12").</param>
/// <param name="Category">A follow-up category by name, e.g. <c>Permits</c>.</param>
/// <param name="Owner">Who follows it up.</param>
public sealed record DemoRaisedIssue(Guid CompanyId, string Source, string Text, string Category, string Owner, DateOnly RaisedOn, DateOnly Due);

/// <summary>The plan the demo work is recorded under and the micro-clusters it names.</summary>
public sealed record DemoPlan(Guid Id, IReadOnlyList<DemoPlanCluster> Clusters);

/// <param name="Locality">The cluster's village; null for one of the whole municipality.</param>
public sealed record DemoPlanCluster(string Name, string? Locality);

/// <summary>
/// One run of the demo-data command for one municipality: the shared random source (the same seed gives the same picture
/// on any machine), the fictional people, what the parts made so far, and the counts the summary reports. Commands are
/// sent as <see cref="Actor"/>, one scope each, as a request would.
/// </summary>
public sealed class DemoDataRun(IServiceScopeFactory scopes, string municipalityCode, Faker faker, int companies, IReadOnlyList<Locality> localities)
{
    public const string Actor = "system:demodata";

    /// <summary>Demo work spans the years of Vilhelmina's process plan 2023–2024.</summary>
    public static readonly DateOnly First = new(2023, 1, 9);

    public static readonly DateOnly Last = new(2024, 12, 20);

    /// <summary>Every name the demo gives a company, school or UF company ends so, so nobody takes it for a real one.</summary>
    public const string Marker = " (demo)";

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public string MunicipalityCode { get; } = municipalityCode;

    public Faker Faker { get; } = faker;

    /// <summary>How many companies to register.</summary>
    public int CompanyCount { get; } = companies;

    public IReadOnlyList<Locality> Localities { get; } = localities;

    /// <summary>The central town, where the office meets.</summary>
    public string Town { get; } = localities.FirstOrDefault(l => l.Area == LocalityAreas.Town)?.Name ?? localities[0].Name;

    public DemoPeople People { get; } = DemoPeople.Make(faker);

    /// <summary>The plan covering the demo years and the micro-clusters it names, once the plan's part has prepared.</summary>
    public DemoPlan? Plan { get; set; }

    public List<DemoCompany> Companies { get; } = [];

    /// <summary>The upper-secondary school, once the schools' part has written it.</summary>
    public Guid? SchoolId { get; set; }

    public List<DemoRaisedIssue> RaisedIssues { get; } = [];

    /// <summary>What the parts made, by <see cref="DemoCounts"/> key.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    public void Count(string key, int count) => _counts[key] = _counts.GetValueOrDefault(key) + count;

    /// <summary>Demo data is made to pass every rule; a refusal is a bug in the generator, so it stops the run.</summary>
    public async Task<T> RequiredAsync<T>(ICommand<Outcome<T>> command, CancellationToken cancellationToken)
    {
        var outcome = await SendAsync(command, cancellationToken);
        return outcome.Error is { } error
            ? throw new InvalidOperationException($"A demo data command was refused: {error.Code} {error.Message}")
            : outcome.Value!;
    }

    public async Task<T> SendAsync<T>(ICommand<T> command, CancellationToken cancellationToken)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
    }

    /// <summary>A scope acting as <see cref="Actor"/> in the run's municipality, for reads a part makes itself.</summary>
    public AsyncServiceScope Scope()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MunicipalityContext>().Use(MunicipalityCode);
        scope.ServiceProvider.GetRequiredService<OperationContext>().ActAs(Actor);
        return scope;
    }
}
