namespace TeamsMentor.Domain.Localization;

/// <summary>
/// The language each person chose for the bot (bokmål or English), by tenant and Entra object id: kept so that a person
/// whose Teams client sends another locale (the Agents Playground always sends en-US) gets the language they asked for.
/// </summary>
public interface ILanguagePreferenceRepository
{
    /// <summary>The person's chosen locale (<c>nb-NO</c> or <c>en-US</c>), or null when they never chose.</summary>
    Task<string?> GetAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Stores the person's choice (the latest wins).</summary>
    Task SetAsync(string tenantId, string aadObjectId, string locale, DateTimeOffset at, CancellationToken cancellationToken);
}
