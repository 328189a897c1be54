using System.Globalization;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.ProcessPlan.Decisions;
using Naringslivsplattform.ProcessPlan.Plans;
using Texts = Naringslivsplattform.ProcessPlan.Resources.ProcessPlanTexts;

namespace Naringslivsplattform.ProcessPlan.History;

/// <summary>
/// What the process plan's events mean, in one Swedish sentence for the history. A new event family adds one line
/// per event type to <see cref="ByType"/>; an event without a line is still listed, by its type name.
/// </summary>
internal sealed class EventDescriptions : IEventDescriptions
{
    private static readonly Dictionary<Type, Func<object, string>> ByType = new()
    {
        [typeof(ProcessPlanRegistered)] = Of<ProcessPlanRegistered>(e => Format(Texts.HistoryPlanRegistered, e.Header.Title)),
        [typeof(ProcessPlanHeaderRevised)] = Of<ProcessPlanHeaderRevised>(e => Format(Texts.HistoryPlanHeaderRevised, e.Header.Title)),
        [typeof(MeasureAdded)] = Of<MeasureAdded>(e => Format(Texts.HistoryMeasureAdded, e.Measure.Number, e.Measure.Text)),
        [typeof(MeasureReworded)] = Of<MeasureReworded>(e => Format(Texts.HistoryMeasureReworded, e.Measure.Number, e.Measure.Text)),
        [typeof(MeasureWithdrawn)] = Of<MeasureWithdrawn>(e => Format(Texts.HistoryMeasureWithdrawn, e.Number)),
        [typeof(PlanCategoryAdded)] = Of<PlanCategoryAdded>(e => Format(Texts.HistoryCategoryAdded, e.Category.Number, e.Category.Title)),
        [typeof(PlanCategoryRevised)] = Of<PlanCategoryRevised>(e => Format(Texts.HistoryCategoryRevised, e.Category.Number, e.Category.Title)),
        [typeof(PlanCategoryWithdrawn)] = Of<PlanCategoryWithdrawn>(e => Format(Texts.HistoryCategoryWithdrawn, e.Number)),
        [typeof(PlanActivityAdded)] = Of<PlanActivityAdded>(e => Format(Texts.HistoryActivityAdded, e.Activity.Code, e.Activity.Title)),
        [typeof(PlanActivityRevised)] = Of<PlanActivityRevised>(e => Format(Texts.HistoryActivityRevised, e.Activity.Code, e.Activity.Title)),
        [typeof(PlanActivityWithdrawn)] = Of<PlanActivityWithdrawn>(e => Format(Texts.HistoryActivityWithdrawn, e.Code)),
        [typeof(TargetSet)] = Of<TargetSet>(e => Format(Texts.HistoryTargetSet, e.Target.ActivityCode, e.Target.Description)),
        [typeof(TargetWithdrawn)] = Of<TargetWithdrawn>(e => Format(Texts.HistoryTargetWithdrawn, e.TargetKey)),
        [typeof(PlanClustersNamed)] = Of<PlanClustersNamed>(e => Format(Texts.HistoryClustersNamed, string.Join(", ", e.Clusters.Select(c => c.Name)))),
        [typeof(PlanSeedImported)] = Of<PlanSeedImported>(e => Format(Texts.HistorySeedImported, e.Seed.Header.SourceDocument)),
        [typeof(DecisionNeedRecorded)] = Of<DecisionNeedRecorded>(e => Format(Texts.HistoryDecisionNeedRecorded, e.Subject, e.NeededBy)),
        [typeof(DecisionRequested)] = Of<DecisionRequested>(e => Format(Texts.HistoryDecisionRequested, Ui.DecisionTexts.BodyName(e.Body), e.RequestedOn)),
        [typeof(DecisionMade)] = Of<DecisionMade>(e => Format(
            e.Verdict == DecisionVerdict.Approved ? Texts.HistoryDecisionApproved : Texts.HistoryDecisionRejected, Ui.DecisionTexts.BodyName(e.Body), e.DecidedOn, e.Diarienummer ?? "–")),
        [typeof(DecisionNeedWithdrawn)] = Of<DecisionNeedWithdrawn>(e => Format(Texts.HistoryDecisionWithdrawn, e.Reason)),
    };

    public string? Describe(object data) => ByType.TryGetValue(data.GetType(), out var describe) ? describe(data) : null;

    private static Func<object, string> Of<TEvent>(Func<TEvent, string> describe) => data => describe((TEvent)data);

    private static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.GetCultureInfo("sv-SE"), template, values);
}
