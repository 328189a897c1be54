using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Naringslivsplattform.BuildingBlocks.Http;

/// <summary>
/// RFC 9457 problem details with a stable machine-readable <c>code</c> and a Swedish message
/// (the <c>title</c>), the one error shape of the API.
/// </summary>
public static class ApiProblems
{
    public const string CodeExtension = "code";

    public static ProblemHttpResult NotFound(string code, string swedishMessage) =>
        Problem(StatusCodes.Status404NotFound, code, swedishMessage);

    public static ProblemHttpResult BadRequest(string code, string swedishMessage) =>
        Problem(StatusCodes.Status400BadRequest, code, swedishMessage);

    public static ProblemHttpResult Problem(int status, string code, string swedishMessage) =>
        TypedResults.Problem(
            statusCode: status,
            title: swedishMessage,
            extensions: new Dictionary<string, object?> { [CodeExtension] = code });
}
