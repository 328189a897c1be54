using Microsoft.Extensions.DependencyInjection;

namespace Naringslivsplattform.Evaluation.Evaluations;

internal static class EvaluationsSlice
{
    public static void Register(StoreOptions options) => options.Schema.For<AnnualEvaluation>().Identity(e => e.Id);

    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
