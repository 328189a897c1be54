using Ardalis.Specification;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.YoungEnterprise.Filtering;

namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>Filters checked; null means "any".</summary>
internal sealed record StudentCompanyFilter(string? SchoolYear = null, Guid? SchoolId = null, StudentCompanyStatus? Status = null);

internal sealed record StudentCompanySummary(
    Guid Id, string SchoolYear, Guid SchoolId, string SchoolName, string Name, int Students, Guid? MentorId, string? MentorName, StudentCompanyStatus Status);

/// <param name="Total">How many match; at most <see cref="ListStudentCompanies.MaxItems"/> are listed.</param>
internal sealed record StudentCompanyList(IReadOnlyList<StudentCompanySummary> Items, int Total);

/// <summary>UF companies matching a filter, by school year (latest first), then name.</summary>
internal sealed class StudentCompaniesMatching : Specification<StudentCompany>
{
    public StudentCompaniesMatching(StudentCompanyFilter filter)
    {
        if (filter.SchoolYear is { } year)
        {
            Query.Where(c => c.SchoolYear == year);
        }

        if (filter.SchoolId is { } schoolId)
        {
            Query.Where(c => c.SchoolId == schoolId);
        }

        if (filter.Status is { } status)
        {
            Query.Where(c => c.Status == status);
        }

        Query.OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name).ThenBy(c => c.Id).Take(ListStudentCompanies.MaxItems);
    }
}

internal sealed record ListStudentCompanies(StudentCompanyFilter Filter) : IQuery<StudentCompanyList>
{
    /// <summary>A municipality has tens of UF companies a year; more than this in one answer means a filter is missing.</summary>
    public const int MaxItems = 500;
}

internal sealed class ListStudentCompaniesHandler(IQuerySession session) : IQueryHandler<ListStudentCompanies, StudentCompanyList>
{
    public async ValueTask<StudentCompanyList> Handle(ListStudentCompanies query, CancellationToken cancellationToken)
    {
        var spec = new StudentCompaniesMatching(query.Filter);
        var total = await session.Query<StudentCompany>().WithSpecification(spec, criteriaOnly: true).CountAsync(cancellationToken);
        var companies = await session.Query<StudentCompany>().WithSpecification(spec).ToListAsync(cancellationToken);
        return new StudentCompanyList([.. companies.Select(Summary)], total);
    }

    private static StudentCompanySummary Summary(StudentCompany c) =>
        new(c.Id, c.SchoolYear, c.SchoolId, c.SchoolName, c.Name, c.Students, c.MentorId, c.MentorName, c.Status);
}

/// <summary>Reads the list's query string into a filter, or says which value is wrong.</summary>
internal static class StudentCompanyFilterReading
{
    public static Outcome<StudentCompanyFilter> Read(string? schoolYear, Guid? schoolId, string? status)
    {
        var year = FilterValues.ReadSchoolYear(schoolYear);
        if (year.Error is { } yearError)
        {
            return yearError;
        }

        return FilterValues.ReadEnum<StudentCompanyStatus>(status, "student-company.unknown-status", YoungEnterpriseTexts.StudentCompanyUnknownStatus) is var read
               && read.Error is { } statusError
            ? statusError
            : new StudentCompanyFilter(year.Value, schoolId, read.Value);
    }
}

internal static class ListStudentCompaniesEndpoint
{
    public static void Map(IEndpointRouteBuilder studentCompanies) =>
        studentCompanies.MapGet("/", async Task<Results<Ok<StudentCompanyList>, ProblemHttpResult>> (
                string? schoolYear, Guid? schoolId, string? status, IMediator mediator, CancellationToken ct) =>
            {
                var read = StudentCompanyFilterReading.Read(schoolYear, schoolId, status);
                return read.Value is { } filter && read.Error is null ? TypedResults.Ok(await mediator.Send(new ListStudentCompanies(filter), ct)) : read.Error!.ToProblem();
            })
            .WithName("ListStudentCompanies")
            .WithSummary("UF-företag")
            .WithDescription("UF-företagen, senaste läsåret först och sedan efter namn, högst 500. Filter: schoolYear (till exempel 2023/24), schoolId och status (Active, WoundUp).");
}
