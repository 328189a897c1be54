using Npgsql;

namespace Naringslivsplattform.BuildingBlocks.Writing;

/// <summary>
/// The store's ways of saying "someone else wrote first": an expected-version mismatch, a stream id already taken, or a
/// unique key (such as a claimed organisation number) already held. Each means the caller lost a race, never a fault.
/// </summary>
internal static class StoreConflicts
{
    public static bool IsConflict(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is JasperFx.ConcurrencyException
                or JasperFx.DocumentAlreadyExistsException
                or JasperFx.Events.ExistingStreamIdCollisionException
                or Marten.Exceptions.ExistingStreamIdCollisionException
                or Marten.Exceptions.ConcurrentUpdateException
                or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }
}
