using Bogus;

namespace Naringslivsplattform.BuildingBlocks.DemoData;

/// <summary>Choices every part makes the same way.</summary>
public static class DemoPicks
{
    /// <summary>
    /// <paramref name="count"/> companies in random order, those that fit first: with few demo companies a village may
    /// have too few of its own, so the rest come from elsewhere.
    /// </summary>
    public static IReadOnlyList<DemoCompany> Members(Faker faker, IReadOnlyList<DemoCompany> companies, int count, Func<DemoCompany, bool> fits) =>
        [.. faker.Random.Shuffle(companies.Where(fits)).Concat(faker.Random.Shuffle(companies.Where(c => !fits(c)))).Take(count)];

    /// <summary>The day itself on a weekday, else the Monday after: offices meet on working days.</summary>
    public static DateOnly Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };
}
