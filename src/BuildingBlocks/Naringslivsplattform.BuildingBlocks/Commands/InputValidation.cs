using Mediator;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Resources;

namespace Naringslivsplattform.BuildingBlocks.Commands;

/// <summary>
/// The checks every command's input gets before its handler runs, so no module can forget them: text a person could not
/// have typed (control characters, NUL among them, which PostgreSQL refuses) is refused with a problem, never a 500.
/// </summary>
public sealed class InputValidation<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, ICommand<TResponse>
    where TResponse : IOutcome<TResponse>
{
    public static readonly DomainError ControlCharacters = new("input.control-characters", SharedTexts.InputControlCharacters);

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        CommandText.HasControlCharacters(message) ? ValueTask.FromResult(TResponse.Refused(ControlCharacters)) : next(message, cancellationToken);
}
