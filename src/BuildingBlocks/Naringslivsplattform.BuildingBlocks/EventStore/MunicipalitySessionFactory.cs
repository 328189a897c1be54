using Marten;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.BuildingBlocks.EventStore;

/// <summary>
/// Opens every injected Marten session for the scope's municipality (the tenant) and stamps
/// the acting user and correlation id, so no handler can forget either.
/// </summary>
internal sealed class MunicipalitySessionFactory(
    IDocumentStore store, MunicipalityContext municipality, OperationContext operation) : ISessionFactory
{
    public IQuerySession QuerySession() => store.QuerySession(municipality.Code);

    public IDocumentSession OpenSession()
    {
        var session = store.LightweightSession(municipality.Code);
        session.LastModifiedBy = operation.UserName;
        session.CorrelationId = operation.CorrelationId;
        return session;
    }
}
