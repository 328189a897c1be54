namespace Naringslivsplattform.ProcessPlan.Importing;

// Inside the namespace, so the aggregate ProcessPlan wins over the namespace of the same name.
using Naringslivsplattform.ProcessPlan.Plans;

/// <summary>
/// Decides which events make a plan stream say what a definition says: everything for a new plan,
/// only the differences for an existing one, nothing when they agree. Pure: no I/O, no clock.
/// </summary>
internal static class PlanImportDecision
{
    public static IReadOnlyList<object> Decide(ProcessPlan? current, Guid planId, PlanDefinition wanted)
    {
        var events = new List<object>();
        if (current is null)
        {
            events.Add(new ProcessPlanRegistered(planId, wanted.Header));
        }
        else if (current.Header != wanted.Header)
        {
            events.Add(new ProcessPlanHeaderRevised(planId, wanted.Header));
        }

        events.AddRange(Reconcile(
            current?.Measures ?? [], wanted.Measures, m => m.Number, (a, b) => a == b,
            m => new MeasureAdded(planId, m), m => new MeasureReworded(planId, m), m => new MeasureWithdrawn(planId, m.Number)));
        events.AddRange(Reconcile(
            current?.Categories ?? [], wanted.Categories, c => c.Number, (a, b) => a == b,
            c => new PlanCategoryAdded(planId, c), c => new PlanCategoryRevised(planId, c), c => new PlanCategoryWithdrawn(planId, c.Number)));
        events.AddRange(Reconcile(
            current?.Activities ?? [], wanted.Activities, a => a.Code, (a, b) => a.IsSameAs(b),
            a => new PlanActivityAdded(planId, a), a => new PlanActivityRevised(planId, a), a => new PlanActivityWithdrawn(planId, a.Code)));
        events.AddRange(Reconcile(
            current?.Targets ?? [], wanted.Targets, t => t.Key, (a, b) => a.IsSameAs(b),
            t => new TargetSet(planId, t), t => new TargetSet(planId, t), t => new TargetWithdrawn(planId, t.Key)));

        if (!(current?.Clusters ?? []).SequenceEqual(wanted.Clusters))
        {
            events.Add(new PlanClustersNamed(planId, wanted.Clusters));
        }

        return events;
    }

    private static IEnumerable<object> Reconcile<TPart, TKey>(
        IReadOnlyList<TPart> current,
        IReadOnlyList<TPart> wanted,
        Func<TPart, TKey> keyOf,
        Func<TPart, TPart, bool> same,
        Func<TPart, object> added,
        Func<TPart, object> changed,
        Func<TPart, object> withdrawn)
        where TKey : notnull
    {
        var currentByKey = current.ToDictionary(keyOf);
        var wantedKeys = wanted.Select(keyOf).ToHashSet();

        foreach (var part in current.Where(p => !wantedKeys.Contains(keyOf(p))))
        {
            yield return withdrawn(part);
        }

        foreach (var part in wanted)
        {
            if (!currentByKey.TryGetValue(keyOf(part), out var existing))
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
