using JasperFx.Events;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Erasure;

/// <summary>
/// How both erasures write: the events that hold the data are masked (Marten's masking rules, <see cref="PersonalDataMasking"/>),
/// then the erasure is recorded, which takes the data out of the snapshot. Masking first: it runs in its own transaction
/// and may be repeated, so when the recording fails (a change in between) a retry masks again and records once.
/// </summary>
internal static class PersonalDataErasure
{
    /// <param name="decide">The erasure the rules allow, or why not.</param>
    /// <param name="holds">Which of the company's events hold the data.</param>
    /// <param name="prepare">Adds what else the erasure changes to the unit of work; answers what a save that loses a race is told.</param>
    public static async Task<Outcome<CompanyResponse>> EraseAsync<TErased>(
        this IDocumentSession session, Guid companyId, long expectedVersion, Func<Company, Outcome<TErased>> decide, Func<IEvent, bool> holds,
        Func<Company, Task<DomainError>> prepare, CancellationToken cancellationToken)
        where TErased : class
    {
        var fetched = await session.FetchAtVersionAsync<Company>(companyId, expectedVersion, CompanyStreams.Errors, cancellationToken);
        if (fetched.Value is not { Aggregate: { } company } stream)
        {
            return fetched.Error!;
        }

        var decision = decide(company);
        if (decision.Value is not { } erasure)
        {
            return decision.Error!;
        }

        await session.DocumentStore.Advanced.ApplyEventDataMasking(m => m.ForTenant(session.TenantId).IncludeStream(company.Id, holds), cancellationToken);
        var conflict = await prepare(company);
        stream.AppendOne(erasure);
        if (await session.SaveOrConflictAsync(conflict, cancellationToken) is { } lost)
        {
            return lost;
        }

        var erased = await session.AggregatorFor<Company>().BuildAsync(stream.Events, session, company, cancellationToken);
        return CompanyResponse.Of(erased ?? company, expectedVersion + 1);
    }
}
