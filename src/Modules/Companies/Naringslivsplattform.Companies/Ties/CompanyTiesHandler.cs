using Naringslivsplattform.Companies.Contracts;
using Wolverine;

namespace Naringslivsplattform.Companies.Ties;

/// <summary>
/// Wolverine's handler for the ties other modules relay (public only because Wolverine discovers public types).
/// Each message leaves the document as the holder describes it, so a message handled twice changes nothing; the session
/// Wolverine opens is the message's municipality.
/// </summary>
public static class CompanyTiesHandler
{
    private const string Queue = "company-ties";

    /// <summary>
    /// One durable queue, handled one message at a time: two holders tying the same company at once would otherwise
    /// both read the document and one tie would be lost, and a tie and its untie could overtake each other.
    /// </summary>
    internal static void Route(WolverineOptions options)
    {
        options.PublishMessage<CompanyTied>().ToLocalQueue(Queue).Sequential();
        options.PublishMessage<CompanyUntied>().ToLocalQueue(Queue);
    }

    public static async Task Handle(CompanyTied message, IDocumentSession session, CancellationToken cancellationToken)
    {
        var ties = await session.LoadAsync<CompanyTies>(message.CompanyId, cancellationToken) ?? new CompanyTies(message.CompanyId, []);
        session.Store(ties.With(new CompanyTie(message.HolderId, message.TieKind, message.HolderName, message.Link)));
    }

    public static async Task Handle(CompanyUntied message, IDocumentSession session, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<CompanyTies>(message.CompanyId, cancellationToken) is { } ties)
        {
            session.Store(ties.Without(message.HolderId));
        }
    }
}
