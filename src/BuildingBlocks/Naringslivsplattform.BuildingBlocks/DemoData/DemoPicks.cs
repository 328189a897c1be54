using System.Globalization;
using Bogus;

namespace Naringslivsplattform.BuildingBlocks.DemoData;

/// <summary>A fictional contact person: a phone number from the PTS fiction series, an e-mail address under a reserved .example domain.</summary>
public sealed record DemoContact(string Name, string Role, string Phone, string Email);

/// <summary>Choices every part makes the same way.</summary>
public static class DemoPicks
{
    private static readonly string[] ContactRoles = ["VD", "Ägare", "Ekonomiansvarig", "Platschef", "Personalansvarig"];

    /// <summary>
    /// <paramref name="count"/> companies in random order, those that fit first: with few demo companies a village may
    /// have too few of its own, so the rest come from elsewhere.
    /// </summary>
    public static IReadOnlyList<DemoCompany> Members(Faker faker, IReadOnlyList<DemoCompany> companies, int count, Func<DemoCompany, bool> fits) =>
        [.. faker.Random.Shuffle(companies.Where(fits)).Concat(faker.Random.Shuffle(companies.Where(c => !fits(c)))).Take(count)];

    /// <summary>A fictional person with a phone number from the PTS fiction series and an e-mail address under <paramref name="domain"/> (a reserved .example one).</summary>
    public static DemoContact Contact(Faker faker, string domain)
    {
        var (first, last) = (faker.Name.FirstName(), faker.Name.LastName());
        var lower = $"{first}.{last}".ToLower(CultureInfo.InvariantCulture).Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o');
        var mailbox = string.Concat(lower.Where(c => char.IsAsciiLetterLower(c) || c == '.'));
        return new DemoContact($"{first} {last}", faker.PickRandom(ContactRoles), $"070-174 06 {faker.Random.Int(5, 99):00}", $"{mailbox}@{domain}");
    }

    /// <summary>The day itself on a weekday, else the Monday after: offices meet on working days.</summary>
    public static DateOnly Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };
}
