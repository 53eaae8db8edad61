using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using TeamsMentor.Domain.Localization;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Localization;

/// <summary>
/// The language to answer a person in: the one they chose (the help card's language button), else their Teams
/// client's locale. A choice is read once per person and kept in memory for a while (<see cref="CacheFor"/>), so a
/// turn costs no storage read; another instance sees a new choice when its copy runs out. When storage does not answer,
/// the client's locale stands in.
/// </summary>
public sealed class PersonLanguage(ILanguagePreferenceRepository store, IMemoryCache cache, TimeProvider time, ILogger<PersonLanguage> logger)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);

    /// <summary>The culture for the person who sent <paramref name="activity"/>.</summary>
    public async Task<CultureInfo> ForAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.TenantId is { Length: > 0 } tenant && activity.From?.AadObjectId is { Length: > 0 } aad)
        {
            if (await ChosenAsync(tenant, aad, cancellationToken) is { } chosen)
            {
                return BotLocale.From(chosen);
            }
        }

        return BotLocale.From(activity.Locale);
    }

    /// <summary>Remembers the person's choice (<c>nb-NO</c> or <c>en-US</c>).</summary>
    public async Task ChooseAsync(string tenantId, string aadObjectId, string locale, CancellationToken cancellationToken)
    {
        await store.SetAsync(tenantId, aadObjectId, locale, time.GetUtcNow(), cancellationToken);
        cache.Set(Key(tenantId, aadObjectId), locale, CacheFor);
    }

    private async Task<string?> ChosenAsync(string tenant, string aad, CancellationToken cancellationToken)
    {
        var key = Key(tenant, aad);
        if (cache.TryGetValue(key, out string? known))
        {
            return known is { Length: > 0 } ? known : null;
        }

        try
        {
            var chosen = await store.GetAsync(tenant, aad, cancellationToken);
            cache.Set(key, chosen ?? "", CacheFor); // "never chose" is remembered too
            return chosen;
        }
        catch (StorageUnavailableException ex)
        {
            LocalizationLog.ChoiceNotRead(logger, ex.GetType().Name);
            return null;
        }
    }

    private static string Key(string tenant, string aad) => $"language|{tenant.ToLowerInvariant()}|{aad.ToLowerInvariant()}";
}

/// <summary>The log events of the language choice (EventIds 4200-4299).</summary>
internal static partial class LocalizationLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "A person's language choice could not be read ({Error}); their client's locale is used.")]
    public static partial void ChoiceNotRead(ILogger logger, string error);
}
