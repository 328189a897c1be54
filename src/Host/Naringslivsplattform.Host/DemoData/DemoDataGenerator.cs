using Bogus;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.Host.DemoData;

/// <param name="Seed">The same seed gives the same companies, visits and actions on any machine.</param>
public sealed record DemoDataRequest(string MunicipalityCode, int Seed = DemoDataGenerator.DefaultSeed, int Companies = DemoDataGenerator.DefaultCompanies);

/// <param name="Counts">What was made, by <see cref="DemoCounts"/> key.</param>
/// <param name="Error">Why nothing was made (in Swedish), or null.</param>
public sealed record DemoDataReport(IReadOnlyDictionary<string, int> Counts, string? Error)
{
    public int Count(string key) => Counts.GetValueOrDefault(key);
}

/// <summary>
/// Fills a municipality's empty register with the clearly fictional picture of 2023–2024 (docs/demo-data.md). Each module
/// makes its share through its own commands (its <see cref="IDemoDataPart"/>), as <see cref="Actor"/>, so every event passes
/// the same rules as one from the UI. Every part is prepared before any writes, so a refusal leaves the database as it was.
/// </summary>
public sealed class DemoDataGenerator(IServiceScopeFactory scopes)
{
    public const string Actor = DemoDataRun.Actor;
    public const int DefaultSeed = 2462;
    public const int DefaultCompanies = 120;
    public const int MaxCompanies = 2000;

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

        var run = new DemoDataRun(scopes, code, new Faker("sv") { Random = new Randomizer(request.Seed) }, request.Companies, localities);
        await using var scope = scopes.CreateAsyncScope();
        var parts = scope.ServiceProvider.GetServices<IDemoDataPart>().OrderBy(p => p.Order).ToList();
        foreach (var part in parts)
        {
            if (await part.PrepareAsync(run, cancellationToken) is { } refusal)
            {
                return Refused(refusal);
            }
        }

        foreach (var part in parts)
        {
            await part.WriteAsync(run, cancellationToken);
        }

        return new DemoDataReport(run.Counts, null);
    }

    private static DemoDataReport Refused(string reason) => new(new Dictionary<string, int>(), reason);
}
