using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Importing;

/// <summary>
/// The columns of the company CSV files, the same for import and export so an export can be imported again
/// (documented in docs/companies.md). Several SNI codes in one field are separated by commas.
/// </summary>
internal static class CompanyCsv
{
    public static readonly IReadOnlyList<string> Header = ["organisationsnummer", "namn", "enskild_naringsidkare", "sni", "ort", "storleksklass"];

    public static IReadOnlyList<string> Row(Company company) =>
    [
        company.OrganisationNumber.Value,
        company.Name,
        company.OrganisationNumber.IsPersonalIdentityNumber ? "ja" : "nej",
        string.Join(',', company.SniCodes.Select(s => s.Code)),
        company.Locality,
        SizeClasses.Label(company.SizeClass),
    ];

    /// <summary>A data row as a registration; null for a yes/no column that says neither.</summary>
    public static RegisterCompanyRequest? Request(IReadOnlyList<string> fields) =>
        SoleTrader(fields[2]) is { } soleTrader
            ? new RegisterCompanyRequest(
                fields[0], soleTrader, fields[1], [.. fields[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)], fields[4], fields[5])
            : null;

    public static bool IsHeader(IReadOnlyList<string> fields) =>
        fields.Count == Header.Count && fields.Select(f => f.Trim().ToLowerInvariant()).SequenceEqual(Header);

    private static bool? SoleTrader(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "nej" or "n" or "0" => false,
        "ja" or "j" or "1" => true,
        _ => null,
    };
}
