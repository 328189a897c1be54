using Bogus;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Clusters.Meetings;
using Naringslivsplattform.Clusters.MicroClusters;

namespace Naringslivsplattform.Clusters.Demo;

/// <summary>A meeting a cluster asked for: scheduled, then held or cancelled, and what a company raised at it for the office to follow up.</summary>
/// <param name="Request">Without the cluster's id, which is known once the cluster is found or created.</param>
internal sealed record DemoClusterMeeting(RequestMeetingRequest Request, ScheduleMeetingRequest Schedule, HoldMeetingRequest? Hold, string? CancelReason, IReadOnlyList<DemoRaisedIssue> Raised);

/// <summary>One of the plan's named clusters, with its contact person, member companies and meetings.</summary>
internal sealed record DemoCluster(string Name, string? Locality, ContactRequest Contact, IReadOnlyList<Guid> Members, IReadOnlyList<DemoClusterMeeting> Meetings);

/// <summary>
/// The plan's micro-clusters (activity 1.2) with 3–8 member companies each, from the cluster's village where it has
/// enough, and 2–4 meetings a year held on the cluster's request, some raising an issue a follow-up takes care of; one
/// meeting in 2024 is cancelled.
/// </summary>
internal static class DemoClusters
{
    private static readonly int[] MeetingMonths = [2, 3, 4, 5, 6, 8, 9, 10, 11];

    private static readonly string[] Wishes =
    [
        "Ett möte om vinterns vägunderhåll", "En träff om kompetensförsörjning inför säsongen", "Information om kommunens planer för området",
        "Ett samtal om gemensam marknadsföring av besöksnäringen", "Ett möte om lokaler och mark att bygga på",
    ];

    private static readonly string[] Places = ["Byagården", "Bygdegården", "Skolans matsal", "Hembygdsgården"];

    private const string TownPlace = "Kommunhuset";

    private static readonly string[] Notes =
    [
        "Bra uppslutning; klustret vill ses igen efter säsongen.", "Företagen vill samordna sina bokningssystem.",
        "Samtalet handlade mest om vägarna och snöröjningen.", "Företagen efterfrågar en gemensam praktikplatsbank.",
    ];

    /// <summary>What companies raise, with the follow-up category (by name) the office files it under.</summary>
    private static readonly (string Text, string Category)[] Issues =
    [
        ("Svårt att rekrytera säsongspersonal", "SkillsSupply"), ("Behöver mark för en ny lagerbyggnad", "Premises"),
        ("Långa handläggningstider för bygglov", "Permits"), ("Snöröjningen på byvägen kommer för sent", "Infrastructure"),
        ("Dålig mobiltäckning i byn", "Infrastructure"), ("Vill kunna lämna anbud på kommunens mindre upphandlingar", "Procurement"),
    ];

    private const string CancelReason = "För få anmälda; klustret hör av sig om en ny tid.";

    public static IReadOnlyList<DemoCluster> Make(Faker faker, IReadOnlyList<DemoPlanCluster> named, IReadOnlyList<DemoCompany> companies, DemoPeople people, string town)
    {
        var cancelledIn = named.Count == 0 ? null : faker.PickRandom<DemoPlanCluster>(named).Name;
        return [.. named.Select(cluster => Cluster(faker, cluster, companies, people, town, cluster.Name == cancelledIn))];
    }

    private static DemoCluster Cluster(Faker faker, DemoPlanCluster cluster, IReadOnlyList<DemoCompany> companies, DemoPeople people, string town, bool withCancelled)
    {
        var contact = DemoPicks.Contact(faker, "kluster.example");
        var members = DemoPicks.Members(faker, companies, faker.Random.Int(3, 8), c => cluster.Locality is null || c.Locality == cluster.Locality);
        var meetings = new List<DemoClusterMeeting>();
        foreach (var year in new[] { 2023, 2024 })
        {
            foreach (var month in faker.PickRandom(MeetingMonths, faker.Random.Int(2, 4)).Order())
            {
                var day = DemoPicks.Weekday(new DateOnly(year, month, faker.Random.Int(3, 24)));
                meetings.Add(Meeting(faker, cluster, day, contact.Name, members, people, town, cancel: false));
            }
        }

        if (withCancelled)
        {
            meetings.Add(Meeting(faker, cluster, DemoPicks.Weekday(new DateOnly(2024, 12, 4)), contact.Name, members, people, town, cancel: true));
        }

        return new DemoCluster(cluster.Name, cluster.Locality, new ContactRequest(contact.Name, contact.Phone, contact.Email), [.. members.Select(m => m.Id)], meetings);
    }

    private static DemoClusterMeeting Meeting(
        Faker faker, DemoPlanCluster cluster, DateOnly day, string askedBy, IReadOnlyList<DemoCompany> members, DemoPeople people, string town, bool cancel)
    {
        var responsible = faker.PickRandom<string>(people.Officials);
        var request = new RequestMeetingRequest(null, day.AddDays(-faker.Random.Int(14, 35)), faker.PickRandom(Wishes), askedBy);

        // A cluster of the whole municipality meets in town.
        var schedule = cluster.Locality is { } village
            ? new ScheduleMeetingRequest(day, faker.PickRandom(Places), village, responsible)
            : new ScheduleMeetingRequest(day, TownPlace, town, responsible);
        if (cancel)
        {
            return new DemoClusterMeeting(request, schedule, null, CancelReason, []);
        }

        List<AttendeeRequest> attendees = [new(responsible, nameof(AttendeeRole.Official))];
        if (faker.Random.Bool(0.4f))
        {
            attendees.Add(new(faker.PickRandom<string>(people.Politicians), nameof(AttendeeRole.Politician)));
        }

        var present = members.Count == 0 ? [] : faker.PickRandom(members, faker.Random.Int(1, members.Count)).Select(m => m.Id).ToList();
        (string Text, string Category)? raised = faker.Random.Bool(0.5f) ? faker.PickRandom(Issues) : null;
        var about = raised is not null && present.Count > 0 && faker.Random.Bool(0.7f) ? faker.PickRandom(present) : (Guid?)null;
        var hold = new HoldMeetingRequest(day, faker.PickRandom(Notes), attendees, present, raised is { } issue ? [new IssueRequest(issue.Text, about)] : []);
        return new DemoClusterMeeting(request, schedule, hold, null, raised is { } followed && about is { } companyId ? [Raised(faker, cluster, day, followed, companyId, responsible)] : []);
    }

    /// <summary>What the meeting page's "Skapa uppföljning" would open: the issue as the need, the meeting as its source.</summary>
    private static DemoRaisedIssue Raised(Faker faker, DemoPlanCluster cluster, DateOnly day, (string Text, string Category) issue, Guid companyId, string owner) =>
        new(companyId, SwedishFormat.Format(ClustersTexts.UiFollowUpSource, cluster.Name, SwedishFormat.Day(day)), issue.Text, issue.Category, owner, day,
            day.AddDays(faker.Random.Int(14, 60)));

    /// <summary>Finds each cluster by the plan's name (the seed import creates them when the app starts) or creates it, then fills it.</summary>
    public static async Task WriteAsync(DemoDataRun run, IReadOnlyList<DemoCluster> clusters, CancellationToken cancellationToken)
    {
        IReadOnlyList<MicroCluster> existing;
        await using (var scope = run.Scope())
        {
            existing = await scope.ServiceProvider.GetRequiredService<IQuerySession>().Query<MicroCluster>().ToListAsync(cancellationToken);
        }

        foreach (var cluster in clusters)
        {
            var found = existing.FirstOrDefault(c => string.Equals(c.Name, cluster.Name, StringComparison.OrdinalIgnoreCase));
            var clusterId = found?.Id ?? (await run.RequiredAsync(new CreateCluster(new CreateClusterRequest(cluster.Name, cluster.Locality, null)), cancellationToken)).Value.Id;
            await FillAsync(run, clusterId, cluster, cancellationToken);
        }
    }

    private static async Task FillAsync(DemoDataRun run, Guid clusterId, DemoCluster cluster, CancellationToken cancellationToken)
    {
        var changed = await run.RequiredAsync(
            new ChangeClusterContact(clusterId, await VersionAsync(run, clusterId, cancellationToken), cluster.Contact), cancellationToken);
        foreach (var member in cluster.Members)
        {
            changed = await run.RequiredAsync(new AddClusterMember(clusterId, changed.Version, new AddMemberRequest(member)), cancellationToken);
        }

        foreach (var meeting in cluster.Meetings)
        {
            await MeetAsync(run, clusterId, meeting, cancellationToken);
        }
    }

    private static async Task MeetAsync(DemoDataRun run, Guid clusterId, DemoClusterMeeting meeting, CancellationToken cancellationToken)
    {
        var requested = (await run.RequiredAsync(new RequestClusterMeeting(meeting.Request with { ClusterId = clusterId }), cancellationToken)).Value;
        var scheduled = await run.RequiredAsync(new ScheduleClusterMeeting(requested.Id, requested.Version, meeting.Schedule), cancellationToken);
        if (meeting.Hold is { } hold)
        {
            await run.RequiredAsync(new HoldClusterMeeting(requested.Id, scheduled.Version, hold), cancellationToken);
            run.RaisedIssues.AddRange(meeting.Raised);
        }
        else if (meeting.CancelReason is { } reason)
        {
            await run.RequiredAsync(new CancelClusterMeeting(requested.Id, scheduled.Version, new ReasonRequest(reason)), cancellationToken);
        }
    }

    private static async Task<long> VersionAsync(DemoDataRun run, Guid streamId, CancellationToken cancellationToken)
    {
        await using var scope = run.Scope();
        var state = await scope.ServiceProvider.GetRequiredService<IQuerySession>().Events.FetchStreamStateAsync(streamId, cancellationToken);
        return state!.Version;
    }
}
