using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Importing;

/// <summary>
/// Decides which events bring a seed file's changes into a plan stream: everything for a new plan; for an
/// existing one only what the seed changed since it was last imported, so what planners changed in the
/// product stands unless the seed changes that same part (ADR 0003). Pure: no I/O, no clock.
/// </summary>
internal static class PlanImportRules
{
    public static IReadOnlyList<object> Decide(Plan? current, Guid planId, PlanDefinition wanted)
    {
        // A plan imported before seeds were remembered is compared with what it says now.
        var baseline = current?.LastSeed ?? current?.Definition;
        var present = current?.Definition;
        var events = new List<object>();
        if (current is null)
        {
            events.Add(new ProcessPlanRegistered(planId, wanted.Header));
        }
        else if (baseline!.Header != wanted.Header && current.Header != wanted.Header)
        {
            events.Add(new ProcessPlanHeaderRevised(planId, wanted.Header));
        }

        events.AddRange(Reconcile(
            present?.Measures, baseline?.Measures, wanted.Measures, m => m.Number, (a, b) => a == b,
            m => new MeasureAdded(planId, m), m => new MeasureReworded(planId, m), m => new MeasureWithdrawn(planId, m.Number)));
        events.AddRange(Reconcile(
            present?.Categories, baseline?.Categories, wanted.Categories, c => c.Number, (a, b) => a == b,
            c => new PlanCategoryAdded(planId, c), c => new PlanCategoryRevised(planId, c), c => new PlanCategoryWithdrawn(planId, c.Number)));
        events.AddRange(Reconcile(
            present?.Activities, baseline?.Activities, wanted.Activities, a => a.Code, (a, b) => a.IsSameAs(b),
            a => new PlanActivityAdded(planId, a), a => new PlanActivityRevised(planId, a), a => new PlanActivityWithdrawn(planId, a.Code)));
        events.AddRange(Reconcile(
            present?.Targets, baseline?.Targets, wanted.Targets, t => t.Key, (a, b) => a.IsSameAs(b),
            t => new TargetSet(planId, t), t => new TargetSet(planId, t), t => new TargetWithdrawn(planId, t.Key)));

        if (!(baseline?.Clusters ?? []).SequenceEqual(wanted.Clusters) && !(present?.Clusters ?? []).SequenceEqual(wanted.Clusters))
        {
            events.Add(new PlanClustersNamed(planId, wanted.Clusters));
        }

        if (events.Count > 0 || current?.LastSeed is null || !current.LastSeed.SaysTheSameAs(wanted))
        {
            events.Add(new PlanSeedImported(planId, wanted));
        }

        return events;
    }

    /// <summary>
    /// The parts the seed added, changed or dropped since <paramref name="baseline"/>, as events on what the plan says
    /// now (<paramref name="present"/>); parts the seed left alone are not touched, whatever planners did to them.
    /// </summary>
    private static IEnumerable<object> Reconcile<TPart, TKey>(
        IReadOnlyList<TPart>? present,
        IReadOnlyList<TPart>? baseline,
        IReadOnlyList<TPart> wanted,
        Func<TPart, TKey> keyOf,
        Func<TPart, TPart, bool> same,
        Func<TPart, object> added,
        Func<TPart, object> changed,
        Func<TPart, object> withdrawn)
        where TKey : notnull
    {
        var presentByKey = (present ?? []).ToDictionary(keyOf);
        var baselineByKey = (baseline ?? []).ToDictionary(keyOf);
        var wantedKeys = wanted.Select(keyOf).ToHashSet();

        foreach (var dropped in baselineByKey.Keys.Where(k => !wantedKeys.Contains(k) && presentByKey.ContainsKey(k)))
        {
            yield return withdrawn(presentByKey[dropped]);
        }

        foreach (var part in wanted)
        {
            if (baselineByKey.TryGetValue(keyOf(part), out var before) && same(before, part))
            {
                continue;
            }

            if (!presentByKey.TryGetValue(keyOf(part), out var existing))
            {
                yield return added(part);
            }
            else if (!same(existing, part))
            {
                yield return changed(part);
            }
        }
    }
}
