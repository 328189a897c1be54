using Ardalis.Specification;

namespace Naringslivsplattform.BuildingBlocks.Specifications;

/// <summary>
/// Evaluates Ardalis specifications on Marten's LINQ provider. The base package ships only the
/// provider-neutral evaluators (where, order, paging); Include/Search are EF-only and deliberately absent.
/// </summary>
public sealed class MartenSpecificationEvaluator : ISpecificationEvaluator
{
    public static readonly MartenSpecificationEvaluator Instance = new();

    private static readonly IEvaluator[] Evaluators =
        [WhereEvaluator.Instance, OrderEvaluator.Instance, PaginationEvaluator.Instance];

    public IQueryable<T> GetQuery<T>(IQueryable<T> inputQuery, ISpecification<T> specification, bool evaluateCriteriaOnly = false)
        where T : class
    {
        var query = inputQuery;
        foreach (var evaluator in Evaluators)
        {
            if (!evaluateCriteriaOnly || evaluator.IsCriteriaEvaluator)
            {
                query = evaluator.GetQuery(query, specification);
            }
        }

        return query;
    }

    public IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> inputQuery, ISpecification<T, TResult> specification)
        where T : class
    {
        var selector = specification.Selector
            ?? throw new InvalidOperationException("The specification has no selector.");
        return GetQuery(inputQuery, (ISpecification<T>)specification).Select(selector);
    }
}
