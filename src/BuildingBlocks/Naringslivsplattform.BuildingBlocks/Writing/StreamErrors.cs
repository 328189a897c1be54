using Microsoft.AspNetCore.Http;
using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.BuildingBlocks.Writing;

/// <summary>
/// How a change to one kind of stream is refused before any rule is asked: the stream is not there (404), it has moved
/// on since the caller read it (412), or the caller did not say which version it read (428).
/// </summary>
public sealed record StreamErrors(DomainError NotFound, DomainError Stale, DomainError VersionRequired)
{
    /// <summary>The codes every kind of stream uses: <c>{kind}.not-found</c>, <c>{kind}.version-stale</c> and <c>{kind}.version-required</c>.</summary>
    public static StreamErrors For(string kind, string notFound, string stale, string versionRequired) =>
        new(
            new DomainError($"{kind}.not-found", notFound, StatusCodes.Status404NotFound),
            new DomainError($"{kind}.version-stale", stale, StatusCodes.Status412PreconditionFailed),
            new DomainError($"{kind}.version-required", versionRequired, StatusCodes.Status428PreconditionRequired));
}
