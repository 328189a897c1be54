using Naringslivsplattform.BuildingBlocks.Reference;

namespace Naringslivsplattform.Clusters.Reference;

/// <summary>The caller's municipality's localities, for the pages' choices.</summary>
internal sealed record GetLocalities : IQuery<IReadOnlyList<Locality>>;

internal sealed class GetLocalitiesHandler(IQuerySession session) : IQueryHandler<GetLocalities, IReadOnlyList<Locality>>
{
    public ValueTask<IReadOnlyList<Locality>> Handle(GetLocalities query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(MunicipalityReferences.Of(session.TenantId).Localities);
}
