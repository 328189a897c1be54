using System.Reflection;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.FollowUps;
using Naringslivsplattform.Companies.Records;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.Tests;

/// <summary>
/// The as-of reads fold only the event types they query, so an event an aggregate learns to apply must be queried too,
/// or a past instant would silently be read without it.
/// </summary>
public sealed class CompanyStreamsAsOfTests
{
    public static TheoryData<Type> FoldedAggregates => [typeof(Company), typeof(CompanyVisit), typeof(FollowUp), typeof(FollowUpHistory)];

    [Theory]
    [MemberData(nameof(FoldedAggregates))]
    public void Every_event_an_aggregate_creates_or_applies_is_read_by_the_as_of_query(Type aggregate)
    {
        Assert.NotEmpty(FoldedEvents(aggregate));
        Assert.Empty(FoldedEvents(aggregate).Except(CompanyStreamsAsOf.EventTypes).Select(t => t.Name));
    }

    [Fact]
    public void The_follow_up_history_folds_every_event_the_follow_up_folds()
    {
        Assert.Equal(FoldedEvents(typeof(FollowUp)).Select(t => t.Name).Order(), FoldedEvents(typeof(FollowUpHistory)).Select(t => t.Name).Order());
    }

    /// <summary>What Marten's aggregator folds: the event of each public static Create and each public Apply.</summary>
    private static IReadOnlyList<Type> FoldedEvents(Type aggregate) =>
        [.. aggregate.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => (m.Name, m.IsStatic) is ("Create", true) or ("Apply", false))
            .Select(m => m.GetParameters()[0].ParameterType)];
}
