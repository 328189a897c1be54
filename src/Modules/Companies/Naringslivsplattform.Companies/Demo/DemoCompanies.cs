using Bogus;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Reference;

namespace Naringslivsplattform.Companies.Demo;

/// <summary>A fictional company to register, with its contact persons and the SNI section visits are chosen by.</summary>
internal sealed record DemoCompanyToRegister(RegisterCompanyRequest Registration, string Section, IReadOnlyList<ContactPersonRequest> Contacts);

/// <summary>
/// Makes clearly fictional companies: every name ends in <see cref="DemoDataRun.Marker"/>, phone numbers are from the series
/// the Swedish telecom regulator (PTS) reserves for fiction, e-mail addresses are under the reserved domain .example.
/// </summary>
internal static class DemoCompanies
{
    /// <summary>The town the municipality is named after gets about half of the companies.</summary>
    private const double TownShare = 0.5;

    private const double SoleTraderShare = 0.2;

    /// <summary>Trades by SNI 2007 code, weighted roughly as in a small inland municipality.</summary>
    private static readonly (string Sni, string Trade, float Weight)[] Trades =
    [
        ("02200", "Skog och avverkning", 6), ("01490", "Renskötsel", 3), ("03120", "Fiske", 1),
        ("08120", "Grus och sten", 1),
        ("16101", "Sågverk", 2), ("16230", "Snickeri", 4), ("10130", "Chark", 1), ("25620", "Mekaniska verkstad", 3),
        ("35110", "Vattenkraft", 1),
        ("41200", "Bygg", 8), ("43210", "El", 5), ("43221", "VVS", 3), ("43341", "Måleri", 3),
        ("47111", "Livs", 3), ("45200", "Bilverkstad", 4), ("47599", "Inredning", 2),
        ("49410", "Åkeri", 6), ("49320", "Taxi", 2),
        ("55101", "Fjällhotell", 3), ("55201", "Stugby", 4), ("56100", "Restaurang", 4),
        ("62010", "Data", 2),
        ("66220", "Försäkringsförmedling", 1),
        ("68204", "Fastigheter", 3),
        ("69201", "Redovisning", 2), ("71121", "Konsult", 2),
        ("79900", "Guidning", 3), ("81210", "Städ", 2),
        ("85592", "Utbildning", 1),
        ("86230", "Tandvård", 1),
        ("93290", "Skoterturer", 3),
        ("96021", "Frisörsalong", 3),
    ];

    private static readonly (SizeClass Size, float Weight)[] Sizes =
    [
        (SizeClass.NoEmployees, 35), (SizeClass.From1To4, 30), (SizeClass.From5To9, 15), (SizeClass.From10To19, 10),
        (SizeClass.From20To49, 6), (SizeClass.From50To249, 3), (SizeClass.From250, 1),
    ];

    private static readonly string[] LegalForms = ["AB", "AB", "AB", "HB", "Ekonomisk förening"];

    public static IReadOnlyList<DemoCompanyToRegister> Make(Faker faker, int count, IReadOnlyList<Locality> localities)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var companies = new List<DemoCompanyToRegister>(count);
        while (companies.Count < count)
        {
            var soleTrader = faker.Random.Bool((float)SoleTraderShare);
            var number = soleTrader ? PersonalIdentityNumber(faker) : LegalEntityNumber(faker);
            if (numbers.Add(number))
            {
                companies.Add(Company(faker, number, soleTrader, localities));
            }
        }

        return companies;
    }

    private static DemoCompanyToRegister Company(Faker faker, string number, bool soleTrader, IReadOnlyList<Locality> localities)
    {
        var (sni, trade, _) = Weighted(faker, Trades, t => t.Weight);
        var town = localities.FirstOrDefault(l => l.Area == LocalityAreas.Town) ?? localities[0];
        var locality = faker.Random.Double() < TownShare ? town.Name : faker.PickRandom(localities.Where(l => l != town).DefaultIfEmpty(town)).Name;
        var size = soleTrader
            ? faker.PickRandom(SizeClass.NoEmployees, SizeClass.From1To4)
            : Weighted(faker, Sizes, s => s.Weight).Size;
        var name = soleTrader
            ? $"{faker.Name.FirstName()} {faker.Name.LastName()}s {trade.ToLower(SwedishFormat.Culture)}"
            : faker.Random.Bool() ? $"{trade} {locality} {faker.PickRandom(LegalForms)}" : $"{faker.Name.LastName()}s {trade} {faker.PickRandom(LegalForms)}";
        var contacts = Enumerable.Range(0, faker.Random.WeightedRandom([0, 1, 2], [0.15f, 0.6f, 0.25f])).Select(_ => Contact(DemoPicks.Contact(faker, "foretag.example"))).ToList();
        var registration = new RegisterCompanyRequest(number, soleTrader, name + DemoDataRun.Marker, [sni], locality, SizeClasses.Label(size));
        return new DemoCompanyToRegister(registration, SniClassification.Find(sni)!.Section, contacts);
    }

    /// <summary>Bogus wants weights that sum to one; the tables above are easier to read as relative weights.</summary>
    private static T Weighted<T>(Faker faker, T[] items, Func<T, float> weight)
    {
        var total = items.Sum(weight);
        return faker.Random.WeightedRandom(items, [.. items.Select(i => weight(i) / total)]);
    }

    private static ContactPersonRequest Contact(DemoContact contact) => new(contact.Name, contact.Role, contact.Phone, contact.Email);

    /// <summary>A legal entity's number: 55 (aktiebolag) and digits three and four of 20 or more, with its Luhn digit.</summary>
    private static string LegalEntityNumber(Faker faker) => WithCheckDigit($"55{faker.Random.Int(60, 99)}{faker.Random.Int(0, 99999):00000}");

    /// <summary>A sole trader's personnummer shape: a valid date of birth (YYMMDD), three digits and the Luhn digit.</summary>
    private static string PersonalIdentityNumber(Faker faker) =>
        WithCheckDigit($"{faker.Random.Int(45, 99):00}{faker.Random.Int(1, 12):00}{faker.Random.Int(1, 28):00}{faker.Random.Int(0, 999):000}");

    private static string WithCheckDigit(string nineDigits)
    {
        var check = Enumerable.Range(0, 10).Select(d => $"{nineDigits}{d}").First(OrganisationNumber.HasValidCheckDigit);
        return $"{check[..6]}-{check[6..]}";
    }
}
