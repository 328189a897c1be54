using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.BuildingBlocks.Commands;

/// <summary>
/// One log line per command, by its name, with who sent it, for which municipality, under which correlation id (the
/// same id its events carry), how it ended (done, or the refusal's code) and how long it took.
/// </summary>
public sealed partial class CommandLogging<TMessage, TResponse>(ILogger<CommandLogging<TMessage, TResponse>> logger, OperationContext operation, MunicipalityContext municipality)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, ICommand<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var result = response is IOutcome { Error: { } error } ? error.Code : "done";
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Handled(typeof(TMessage).Name, operation.UserName, municipality.Code, operation.CorrelationId, result, elapsedMs);
        }

        return response;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command} by {User} in {Municipality} ({CorrelationId}): {Result} in {ElapsedMs:0.0} ms")]
    private partial void Handled(string command, string user, string municipality, string correlationId, string result, double elapsedMs);
}
