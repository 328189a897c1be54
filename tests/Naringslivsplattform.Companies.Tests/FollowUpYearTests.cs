using System.Globalization;
using JasperFx.Events;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Companies.FollowUps;
using Naringslivsplattform.Companies.Records;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Companies.Tests;

/// <summary>The annual evaluation's follow-up figures, from follow-up events folded as the records service folds them (Marten's aggregator).</summary>
public sealed class FollowUpYearTests
{
    private static readonly Guid CompanyId = Guid.CreateVersion7();

    [Fact]
    public void Opened_and_closed_count_by_the_days_recorded_on_the_follow_ups()
    {
        FollowUpStory[] followUps =
        [
            Opened("2023-11-01", due: "2023-11-30").Closed("2024-01-15"),
            Opened("2024-02-01", due: "2024-03-01").Closed("2024-02-11"),
            Opened("2024-05-01", due: "2024-12-01"),
        ];

        var in2024 = Figures(2024, "2025-01-10", followUps);
        var in2023 = Figures(2023, "2025-01-10", followUps);

        Assert.Equal((2, 2), (in2024.Opened, in2024.Closed));
        Assert.Equal((1, 0), (in2023.Opened, in2023.Closed));
    }

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 5 }, 5.0)]
    [InlineData(new[] { 10, 3, 4 }, 4.0)]
    [InlineData(new[] { 3, 20, 4, 10 }, 7.0)]
    [InlineData(new[] { 2, 1 }, 1.5)]
    public void The_median_is_the_middle_value_of_an_odd_count_the_mean_of_the_middle_two_of_an_even_one_and_null_of_none(int[] values, double? median)
    {
        Assert.Equal(median, FollowUpYear.Median(values));
    }

    [Fact]
    public void Days_to_close_and_to_feedback_are_counted_from_the_day_opened_over_the_years_closings_and_feedback()
    {
        FollowUpStory[] followUps =
        [
            Opened("2024-03-01", due: "2024-04-01").Closed("2024-03-11"),
            Opened("2024-03-01", due: "2024-04-01").Feedback("2024-03-05").Resolved("2024-03-20").Closed("2024-03-21", feedbackOn: "2024-03-05"),
            Opened("2024-04-01", due: "2024-05-01").Feedback("2024-04-07"),
            Opened("2023-12-01", due: "2023-12-31").Closed("2023-12-05"),
        ];

        var figures = Figures(2024, "2025-01-10", followUps);
        var noneClosed = Figures(2022, "2025-01-10", followUps);

        Assert.Equal((15.0, 6.0), (figures.MedianDaysToClose, figures.MedianDaysToFeedback));
        Assert.Equal((null, null), (noneClosed.MedianDaysToClose, noneClosed.MedianDaysToFeedback));
    }

    [Fact]
    public void A_follow_up_reopened_and_closed_again_counts_by_its_last_closing_and_one_reopened_and_still_open_as_not_closed()
    {
        FollowUpStory[] followUps =
        [
            Opened("2023-10-01", due: "2023-10-31").Closed("2023-12-20").Reopened("2024-01-10").Closed("2024-02-01"),
            Opened("2023-10-01", due: "2023-10-31").Closed("2023-11-01").Reopened("2024-01-10"),
        ];

        var in2023 = Figures(2023, "2025-01-10", followUps);
        var in2024 = Figures(2024, "2025-01-10", followUps);

        Assert.Equal(new FollowUpFigures(2, 0, 0, null, null), in2023);
        Assert.Equal(new FollowUpFigures(0, 1, 1, 123.0, 123.0), in2024);
    }

    [Fact]
    public void Overdue_is_open_and_past_due_on_the_years_last_day_by_the_days_recorded_whenever_they_were_entered()
    {
        var figures = Figures(
            2024,
            "2025-02-01",
            Opened("2024-10-01", due: "2024-11-01").Closed("2025-01-20"),
            Opened("2024-10-01", due: "2024-12-30"),
            Opened("2023-05-01", due: "2023-06-01"),
            Opened("2024-10-01", due: "2024-12-31"),
            Opened("2024-10-01", due: "2024-11-01").Resolved("2024-12-01"),
            Opened("2024-10-01", due: "2024-11-01").Closed("2024-12-15"));

        Assert.Equal(3, figures.Overdue);
    }

    [Fact]
    public void Within_the_year_overdue_is_counted_on_the_day_of_the_instant_and_a_year_not_yet_begun_has_none()
    {
        FollowUpStory[] followUps = [Opened("2024-05-01", due: "2024-06-10"), Opened("2024-05-01", due: "2024-07-01")];

        Assert.Equal(1, Figures(2024, "2024-06-15", followUps).Overdue);
        Assert.Equal(0, Figures(2025, "2024-06-15", followUps).Overdue);
    }

    /// <summary>The module's store as the Host configures it, folding in memory.</summary>
    private static readonly MartenFold CompaniesFold = new(new CompaniesModule());

    private static FollowUpFigures Figures(int year, string today, params FollowUpStory[] followUps) =>
        FollowUpYear.Calculate(FollowUps([.. followUps.SelectMany(f => f.Events)]), year, Day(today));

    /// <summary>Completes at once: the aggregates' Create/Apply are synchronous and read nothing from the store.</summary>
    private static IReadOnlyList<FollowUpHistory> FollowUps(IReadOnlyList<IEvent> events) =>
        CompanyStreamsAsOf.FoldAsync(CompaniesFold.Session, events, CancellationToken.None).GetAwaiter().GetResult().FollowUps;

    private static FollowUpStory Opened(string on, string due) => new FollowUpStory(Guid.CreateVersion7())
        .Then(id => new FollowUpOpened(id, CompanyId, null, null, "Telefonsamtal", "Behöver lokal", FollowUpCategory.Premises, "anna", Day(on), Day(due)));

    private static DateOnly Day(string day) => DateOnly.Parse(day, CultureInfo.InvariantCulture);

    /// <summary>One follow-up's events, in the order they are recorded.</summary>
    private sealed record FollowUpStory(Guid Id)
    {
        public IReadOnlyList<IEvent> Events { get; private init; } = [];

        public FollowUpStory Then<T>(Func<Guid, T> data)
            where T : notnull => this with { Events = [.. Events, new Event<T>(data(Id)) { StreamId = Id }] };

        public FollowUpStory Resolved(string on) => Then(id => new FollowUpResolved(id, "Löst", Day(on)));

        public FollowUpStory Feedback(string on) => Then(id => new FeedbackGiven(id, Day(on), null));

        public FollowUpStory Closed(string on, string? feedbackOn = null) => Then(id => new FollowUpClosed(id, "Klart", Day(on), Day(feedbackOn ?? on), null));

        public FollowUpStory Reopened(string on) => Then(id => new FollowUpReopened(id, Day(on)));
    }
}
