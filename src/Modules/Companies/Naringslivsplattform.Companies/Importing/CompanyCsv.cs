using System.Globalization;
using CsvHelper;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Importing;

/// <summary>A record of a CSV file and the line it starts on (1 = the first line of the file).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// The columns of the company CSV files, the same for import and export so an export can be imported again
/// (documented in docs/companies.md). Several SNI codes in one field are separated by commas. The last four columns
/// are one contact person; a file may leave them out altogether (files written before they were added).
/// The files are CSV as Swedish Excel reads and writes it (RFC 4180 with <c>;</c> between fields): fields with the
/// separator, a quote or a line break are quoted and their quotes doubled.
/// </summary>
internal static class CompanyCsv
{
    public const char Separator = ';';

    /// <summary>Every row of any length, so a row with a column too many or too few is named by its line, not thrown; blank lines are skipped.</summary>
    private static readonly CsvReaderOptions Reading = new()
    {
        Separator = Separator, HasHeader = false, SkipEmptyLines = true, TrackLineNumbers = true, FieldCountMismatch = CsvFieldCountHandling.Allow,
    };

    /// <summary>No formula escaping: an export is read back by the import, and a name must come back as it was.</summary>
    private static readonly CsvWriterOptions Writing = new() { Separator = Separator, NewLine = "\r\n", ValidateFieldCount = false };

    public static readonly IReadOnlyList<string> Header =
        ["organisationsnummer", "namn", "enskild_naringsidkare", "sni", "ort", "storleksklass", "kontaktperson", "kontaktroll", "kontakttelefon", "kontaktepost"];

    /// <summary>The columns of a file without a contact person.</summary>
    public const int CompanyColumns = 6;

    /// <summary>The company and its first contact person, if it has one.</summary>
    public static IReadOnlyList<string> Row(Company company) =>
    [
        company.OrganisationNumber.Value,
        company.Name,
        company.OrganisationNumber.IsPersonalIdentityNumber ? "ja" : "nej",
        string.Join(',', company.SniCodes.Select(s => s.Code)),
        company.Locality,
        SizeClasses.Label(company.SizeClass),
        .. ContactFields(company.Contacts.Count > 0 ? company.Contacts[0] : null),
    ];

    /// <summary>A data row as a registration; null for a yes/no column that says neither.</summary>
    public static RegisterCompanyRequest? Request(IReadOnlyList<string> fields) =>
        SoleTrader(fields[2]) is { } soleTrader
            ? new RegisterCompanyRequest(
                fields[0], soleTrader, fields[1], [.. fields[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)], fields[4], fields[5])
            : null;

    /// <summary>The row's contact person; null when the file has no contact columns or the row leaves them all empty.</summary>
    public static ContactPersonRequest? Contact(IReadOnlyList<string> fields) =>
        fields.Count > CompanyColumns && fields.Skip(CompanyColumns).Any(f => !string.IsNullOrWhiteSpace(f))
            ? new ContactPersonRequest(fields[6], fields[7], fields[8], fields[9])
            : null;

    /// <summary>How many columns the file has: all of <see cref="Header"/>, or its company columns only; null for another header.</summary>
    public static int? Columns(IReadOnlyList<string> fields)
    {
        var names = fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        return (names.Count == CompanyColumns || names.Count == Header.Count) && names.SequenceEqual(Header.Take(names.Count)) ? names.Count : null;
    }

    public static IReadOnlyList<CsvRecord> Read(string text)
    {
        using var csv = CsvReader.FromText(text, Reading);
        var records = new List<CsvRecord>();
        while (csv.Read())
        {
            records.Add(new CsvRecord((int)csv.LineNumber, [.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]));
        }

        return records;
    }

    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Writing, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row]);
            }
        }

        return text.ToString();
    }

    private static IReadOnlyList<string> ContactFields(ContactPerson? contact) =>
        contact is null ? ["", "", "", ""] : [contact.Name, contact.Role ?? "", contact.Phone ?? "", contact.Email ?? ""];

    private static bool? SoleTrader(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "nej" or "n" or "0" => false,
        "ja" or "j" or "1" => true,
        _ => null,
    };
}
