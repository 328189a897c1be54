using Bogus;

namespace Naringslivsplattform.Host.DemoData;

/// <summary>Picks the demo companies that take part in a cluster, a council or a UF company.</summary>
internal static class DemoMembers
{
    /// <summary>
    /// <paramref name="count"/> companies in random order, those that fit first: with few demo companies a village may
    /// have too few of its own, so the rest come from elsewhere.
    /// </summary>
    public static IReadOnlyList<RegisteredCompany> Choose(Faker faker, IReadOnlyList<RegisteredCompany> companies, int count, Func<RegisteredCompany, bool> fits) =>
        [.. faker.Random.Shuffle(companies.Where(fits)).Concat(faker.Random.Shuffle(companies.Where(c => !fits(c)))).Take(count)];
}
