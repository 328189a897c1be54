using Ardalis.Specification;

namespace Naringslivsplattform.BuildingBlocks.Specifications;

public static class SpecificationQueryExtensions
{
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> query, ISpecification<T> specification, bool criteriaOnly = false)
        where T : class =>
        MartenSpecificationEvaluator.Instance.GetQuery(query, specification, criteriaOnly);
}
