namespace Naringslivsplattform.Companies.Erasure;

/// <summary>
/// A contact person's data was erased on request: the events that held it are masked. Names who erased it and
/// when, never the person, so the record of the erasure holds no personal data itself.
/// </summary>
internal sealed record ContactPersonErased(Guid CompanyId, Guid ContactId, string ErasedBy, DateTimeOffset ErasedAt);

/// <summary>A sole trader's personnummer was erased on request: masked in the registration, its claim sealed.</summary>
internal sealed record PersonalIdentityNumberErased(Guid CompanyId, string ErasedBy, DateTimeOffset ErasedAt);
