using JasperFx.Events;
using Marten;
using Naringslivsplattform.Companies.Records;

namespace Naringslivsplattform.Companies.Tests;

/// <summary>
/// Events folded as the records service folds them, by Marten's aggregator, without a database: a store is only
/// configuration until a session talks to PostgreSQL, and folding never does.
/// </summary>
internal static class MartenFold
{
    private static readonly DocumentStore Store = DocumentStore.For(options => options.Connection("Host=localhost;Database=never-connected"));

    public static CompanyStreamsAt Of(IReadOnlyList<IEvent> events)
    {
        using var session = Store.QuerySession();

        // Completes at once: the aggregates' Create/Apply are synchronous and read nothing from the store.
        return CompanyStreamsAsOf.FoldAsync(session, events, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
    }
}
