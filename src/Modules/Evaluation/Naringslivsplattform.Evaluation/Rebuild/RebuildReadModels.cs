namespace Naringslivsplattform.Evaluation.Rebuild;

/// <summary>Rebuilds every read model (the admin page's action); the CLI calls <see cref="ReadModelRebuild"/> itself.</summary>
/// <returns>The read models rebuilt, or null when a rebuild was already running.</returns>
internal sealed record RebuildReadModels(IProgress<RebuildProgress> Progress) : ICommand<IReadOnlyList<string>?>;

internal sealed class RebuildReadModelsHandler(ReadModelRebuild rebuild) : ICommandHandler<RebuildReadModels, IReadOnlyList<string>?>
{
    /// <summary>
    /// Not cancelled with the page: a projection left half rebuilt would be worse than the page's answer arriving after
    /// its reader has left.
    /// </summary>
    public async ValueTask<IReadOnlyList<string>?> Handle(RebuildReadModels command, CancellationToken cancellationToken) =>
        await rebuild.RebuildAllAsync(command.Progress, CancellationToken.None);
}
