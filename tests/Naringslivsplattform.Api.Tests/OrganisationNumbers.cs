using System.Globalization;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Fresh valid legal-entity organisation numbers (digits 3–4 at least 20, Luhn check digit), so tests never collide.</summary>
internal static class OrganisationNumbers
{
    public static string Next()
    {
        var first = Random.Shared.Next(10, 100).ToString(CultureInfo.InvariantCulture)
            + Random.Shared.Next(20, 100).ToString(CultureInfo.InvariantCulture)
            + Random.Shared.Next(0, 100_000).ToString("D5", CultureInfo.InvariantCulture);
        var sum = first.Select((c, i) => (c - '0') * (i % 2 == 0 ? 2 : 1)).Sum(p => p / 10 + p % 10);
        return $"{first[..6]}-{first[6..]}{(10 - sum % 10) % 10}";
    }
}
