using JasperFx.Events;
using JasperFx.Events.Grouping;
using Marten.Events;
using Marten.Events.Projections;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.Coverage;

/// <summary>The day of a company's latest completed visit, so the coverage lists need not read every visit ever made.</summary>
/// <param name="Id">The company's.</param>
internal sealed class CompanyLastVisit
{
    public Guid Id { get; set; }

    public DateOnly Day { get; set; }
}

/// <summary>
/// Keeps <see cref="CompanyLastVisit"/> inline, one document per visited company: a completed visit can no longer change
/// (visit rules), so the latest day only grows. A completion names its visit, not the company; the company is on the
/// visit stream's first event, read by stream id and version (immutable, so the answer never depends on the order the
/// read models are made in, a rebuild's included).
/// </summary>
internal sealed partial class CompanyLastVisitProjection : MultiStreamProjection<CompanyLastVisit, Guid>
{
    public const string ProjectionName = "CompanyLastVisit";

    public CompanyLastVisitProjection()
    {
        Name = ProjectionName;

        // Read with the completions, so a visit planned and completed in one save finds its company among them.
        IncludeType<CompanyVisitPlanned>();
        CustomGrouping(GroupByCompanyAsync);
    }

    public static void Apply(CompanyVisitCompleted completed, CompanyLastVisit last)
    {
        if (completed.HeldOn > last.Day)
        {
            last.Day = completed.HeldOn;
        }
    }

    private static async Task GroupByCompanyAsync(IQuerySession session, IReadOnlyList<IEvent> events, IEventGrouping<Guid> grouping)
    {
        var completions = events.Where(e => e.Data is CompanyVisitCompleted).ToList();
        if (completions.Count == 0)
        {
            return;
        }

        var visitIds = completions.Select(e => e.StreamId).Distinct().ToArray();
        var planned = events.Where(e => e.Data is CompanyVisitPlanned).ToList();
        var missing = visitIds.Except(planned.Select(e => e.StreamId)).ToArray();
        if (missing.Length > 0)
        {
            planned.AddRange(await session.Events.QueryAllRawEvents()
                .Where(e => e.AnyTenant() && missing.Contains(e.StreamId) && e.Version == 1)
                .ToListAsync());
        }

        var companyOf = planned.Select(e => e.Data).OfType<CompanyVisitPlanned>().ToDictionary(p => p.VisitId, p => p.CompanyId);
        foreach (var completion in completions.Where(e => companyOf.ContainsKey(e.StreamId)))
        {
            grouping.AddEvent(companyOf[completion.StreamId], completion);
        }
    }
}
