using Bogus;

namespace Naringslivsplattform.BuildingBlocks.DemoData;

/// <summary>The fictional officials of the business office and politicians who make the visits and run the meetings.</summary>
public sealed record DemoPeople(IReadOnlyList<string> Officials, IReadOnlyList<string> Politicians)
{
    private const int OfficialCount = 4;
    private const int PoliticianCount = 3;

    /// <summary>Distinct names, so an official and a politician on one visit are never the same person.</summary>
    public static DemoPeople Make(Faker faker)
    {
        var names = new List<string>();
        while (names.Count < OfficialCount + PoliticianCount)
        {
            if (faker.Name.FullName() is var name && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return new([.. names.Take(OfficialCount)], [.. names.Skip(OfficialCount)]);
    }
}
