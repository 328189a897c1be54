using Bogus;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.ProcessPlan.Actions;

namespace Naringslivsplattform.ProcessPlan.Demo;

/// <summary>A process plan action to plan, then complete or cancel.</summary>
internal sealed record DemoAction(PlanNewActionRequest Plan, CompleteActionRequest? Completion, string? CancelReason);

/// <summary>
/// The office's own actions in 2023–2024: four business council meetings a year (one of 2024's cancelled, so 1.1 is
/// behind that year), theme meetings, the yearly business forum and a training for the municipality's managers. The
/// cluster meetings of 1.2 are the Clusters module's demo part.
/// </summary>
internal static class DemoActions
{
    private sealed record Meeting(string Activity, PlanActionKind Kind, string Title, DateOnly Day, string? Locality = null, string? CancelReason = null);

    public static IReadOnlyList<DemoAction> Make(Faker faker, string town, IReadOnlyList<DemoPlanCluster> clusters, DemoPeople people) =>
        [.. Meetings(town, clusters).OrderBy(m => m.Day).Select(m => Action(faker, m, people))];

    private static IEnumerable<Meeting> Meetings(string town, IReadOnlyList<DemoPlanCluster> clusters)
    {
        foreach (var year in new[] { 2023, 2024 })
        {
            foreach (var (month, day) in new[] { (2, 14), (5, 16), (9, 12), (11, 14) })
            {
                var cancelled = year == 2024 && month == 9 ? "För få anmälda; frågorna tas upp i november." : null;
                yield return new("1.1", PlanActionKind.BusinessCouncilMeeting, $"Näringslivsråd {Months[month - 1]} {year}", new(year, month, day), town, CancelReason: cancelled);
            }

            yield return new("1.5", PlanActionKind.BusinessForum, $"Näringslivsforum {year}", new(year, 10, 19), town);
        }

        yield return new("1.4", PlanActionKind.CompanyBreakfastInTown, "Företagsfrukost om kompetensförsörjning", new(2023, 4, 13), town);
        yield return new("1.4", PlanActionKind.ProcurementSchool, "Upphandlingsskola för småföretag", new(2023, 10, 5), town);
        yield return new("1.4", PlanActionKind.CompanyBreakfastInMountainValleys, "Företagsfrukost i fjälldalarna om besöksnäringen", new(2024, 3, 21), clusters.Count > 0 ? clusters[0].Locality : null);
        yield return new("1.4", PlanActionKind.EveningMeeting, "Kvällsträff om lokaler och mark", new(2024, 11, 6), town);
        yield return new("3.1", PlanActionKind.Training, "Utbildning i näringslivskunskap för kommunens chefer", new(2024, 2, 8), town);
    }

    private static readonly string[] Months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static DemoAction Action(Faker faker, Meeting meeting, DemoPeople people)
    {
        var responsible = faker.PickRandom<string>(people.Officials);
        var plan = new PlanNewActionRequest(meeting.Activity, meeting.Kind, meeting.Title, meeting.Day, null, meeting.Locality, responsible, null, null);
        if (meeting.CancelReason is { } reason)
        {
            return new DemoAction(plan, null, reason);
        }

        var companies = faker.Random.Int(4, 14);
        var completion = new CompleteActionRequest(
            meeting.Day,
            $"{companies} företag deltog. Samtalen handlade om {faker.PickRandom(Topics)}.",
            [new(responsible, "Tjänsteperson"), new(faker.PickRandom<string>(people.Politicians), "Politiker")],
            companies,
            companies + faker.Random.Int(2, 8),
            null,
            null);
        return new DemoAction(plan, completion, null);
    }

    private static readonly string[] Topics =
    [
        "kompetensförsörjning och praktikplatser", "bredband och mobiltäckning", "lokaler och mark att bygga på",
        "kommunens upphandlingar", "besöksnäringens säsonger", "vägunderhåll och transporter",
    ];
}
