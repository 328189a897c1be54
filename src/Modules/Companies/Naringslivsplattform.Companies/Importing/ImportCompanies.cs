using System.Text;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Importing;

/// <summary>Why one line of an import was refused.</summary>
internal sealed record ImportRowError(int Line, string Code, string Message);

/// <summary>How many companies were registered, or every line that stopped the file (then none were).</summary>
internal sealed record ImportResult(int Imported, IReadOnlyList<ImportRowError> Errors);

/// <summary>What one row of a file starts a company's stream with.</summary>
internal sealed record ImportedCompany(CompanyRegistered Registered, ContactPersonAdded? Contact)
{
    public object[] Events => Contact is null ? [Registered] : [Registered, Contact];
}

internal sealed record ImportCompanies(string Csv) : ICommand<ImportResult>
{
    public const int MaxRows = 5000;
}

/// <summary>
/// Checks every row first and registers the companies only when all pass, in one unit of work: a failing file
/// imports nothing, and a file registering a number already taken (also concurrently) imports nothing either. Each
/// company claims its number as a single registration does (<see cref="OrganisationNumberClaims"/>).
/// </summary>
internal sealed class ImportCompaniesHandler(IDocumentSession session) : ICommandHandler<ImportCompanies, ImportResult>
{
    private static readonly DomainError ConcurrentDuplicate = new("company.organisation-number-taken", CompaniesTexts.CompanyImportConcurrentDuplicate);

    public async ValueTask<ImportResult> Handle(ImportCompanies command, CancellationToken cancellationToken)
    {
        var records = CompanyCsv.Read(command.Csv);
        if ((records.Count == 0 ? null : CompanyCsv.Columns(records[0].Fields)) is not { } columns)
        {
            return Refused(new ImportRowError(
                1, "company.import-header-invalid", SwedishFormat.Format(CompaniesTexts.CompanyImportHeaderInvalid, string.Join(CompanyCsv.Separator, CompanyCsv.Header))));
        }

        var rows = records.Skip(1).ToList();
        if (rows.Count is 0 or > ImportCompanies.MaxRows)
        {
            return Refused(new ImportRowError(1, "company.import-size-invalid", SwedishFormat.Format(CompaniesTexts.CompanyImportSizeInvalid, ImportCompanies.MaxRows)));
        }

        var localities = Localities.Of(session.TenantId);
        var decided = rows.Select(row => (row.Line, Decision: Decide(row, columns, localities))).ToList();
        var registered = decided.Where(d => d.Decision.Value is not null).Select(d => (d.Line, Company: d.Decision.Value!)).ToList();
        var claims = OrganisationNumberClaims.Instance;
        var held = await OrganisationNumberClaims.HoldersAsync(session, registered.Select(r => r.Company.Registered.OrganisationNumber.Value), cancellationToken);

        // Seeded with the numbers already registered, so those rows and every repeat of a number within the file fail.
        var seen = held.Keys.ToHashSet(StringComparer.Ordinal);
        var duplicates = registered.Where(r => !seen.Add(r.Company.Registered.OrganisationNumber.Value))
            .Select(r => RowError(r.Line, claims.Taken(r.Company.Registered)));
        var errors = decided.Where(d => d.Decision.Error is not null).Select(d => RowError(d.Line, d.Decision.Error!))
            .Concat(duplicates)
            .OrderBy(e => e.Line)
            .ToList();
        if (errors.Count > 0)
        {
            return new ImportResult(0, errors);
        }

        foreach (var (_, company) in registered)
        {
            claims.Store(session, company.Registered);
            session.Events.StartStream<Company>(company.Registered.CompanyId, company.Events);
        }

        return await session.SaveOrConflictAsync(ConcurrentDuplicate, cancellationToken) is { } taken
            ? Refused(RowError(1, taken))
            : new ImportResult(registered.Count, []);
    }

    /// <summary>A row as the company's first events: its registration and the contact person the row may name.</summary>
    private static Outcome<ImportedCompany> Decide(CsvRecord row, int columns, IReadOnlyList<Locality> localities)
    {
        if (row.Fields.Count != columns)
        {
            return new DomainError("company.import-columns-invalid", SwedishFormat.Format(CompaniesTexts.CompanyImportColumnsInvalid, columns, row.Fields.Count));
        }

        if (CompanyCsv.Request(row.Fields) is not { } request)
        {
            return new DomainError("company.import-sole-trader-invalid", CompaniesTexts.CompanyImportSoleTraderInvalid);
        }

        var decision = CompanyRules.Register(Guid.CreateVersion7(), request, localities);
        if (decision.Value is not { } registered)
        {
            return decision.Error!;
        }

        if (CompanyCsv.Contact(row.Fields) is not { } contactRequest)
        {
            return new ImportedCompany(registered, null);
        }

        var contact = CompanyRules.AddContact(Company.Create(registered), Guid.CreateVersion7(), contactRequest);
        return contact.Value is { } added ? new ImportedCompany(registered, added) : contact.Error!;
    }

    private static ImportRowError RowError(int line, DomainError error) => new(line, error.Code, error.Message);

    private static ImportResult Refused(ImportRowError error) => new(0, [error]);
}

internal static class ImportCompaniesEndpoint
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapPost("/import", async Task<Results<Ok<ImportResult>, ProblemHttpResult>> (HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "text/csv", StringComparison.OrdinalIgnoreCase))
                {
                    return ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "company.import-not-csv", CompaniesTexts.CompanyImportNotCsv);
                }

                string csv;
                try
                {
                    using var reader = new StreamReader(request.Body, StrictUtf8, detectEncodingFromByteOrderMarks: true);
                    csv = await reader.ReadToEndAsync(ct);
                }
                catch (DecoderFallbackException)
                {
                    return ApiProblems.BadRequest("company.import-not-utf8", CompaniesTexts.CompanyImportNotUtf8);
                }

                var result = await mediator.Send(new ImportCompanies(csv), ct);
                return result.Errors.Count == 0 ? TypedResults.Ok(result) : Problem(result.Errors);
            })
            .WithName("ImportCompanies")
            .WithSummary("Importera företag från CSV")
            .WithDescription("UTF-8, semikolon mellan fälten och en rubrikrad: organisationsnummer;namn;enskild_naringsidkare;sni;ort;storleksklass;kontaktperson;kontaktroll;kontakttelefon;kontaktepost (de fyra sista, en kontaktperson per företag, får utelämnas; se docs/companies.md). Alla rader kontrolleras först; har någon rad fel importeras ingenting och svaret (400) listar varje fel med radnummer, kod och orsak.");

    /// <summary>400 with every refused line in <c>errors</c>; the title names the first, for whoever reads only that.</summary>
    private static ProblemHttpResult Problem(IReadOnlyList<ImportRowError> errors) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: SwedishFormat.Format(CompaniesTexts.CompanyImportRefused, errors.Count, errors[0].Line, errors[0].Message),
            extensions: new Dictionary<string, object?> { [ApiProblems.CodeExtension] = "company.import-invalid", ["errors"] = errors });
}
