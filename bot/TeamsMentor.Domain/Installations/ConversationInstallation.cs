namespace TeamsMentor.Domain.Installations;

/// <summary>
/// A conversation the app is installed in, kept so the bot can post there later (status prompts, invites,
/// evaluations). <see cref="ServiceUrlVerified"/> records whether the serviceUrl arrived with a validated
/// Bot Framework token (spec A7560); references from unauthenticated local development are not verified.
/// </summary>
public sealed record ConversationInstallation
{
    public required string TenantId { get; init; }
    public required string ConversationId { get; init; }
    public required ConversationKind Kind { get; init; }
    public required string ServiceUrl { get; init; }
    public required string BotId { get; init; }
    public string? TeamId { get; init; }
    public string? TeamName { get; init; }
    public string? ChannelId { get; init; }

    /// <summary>For a personal chat: the user's Teams id (for proactive 1:1 messages) and Entra object id.</summary>
    public string? UserId { get; init; }
    public string? UserAadObjectId { get; init; }

    public required DateTimeOffset InstalledAt { get; init; }
    public DateTimeOffset? RemovedAt { get; init; }
    public bool ServiceUrlVerified { get; init; }

    public bool IsActive => RemovedAt is null;

    /// <summary>This installation after the app was removed at <paramref name="at"/>; removing twice keeps the first time.</summary>
    public ConversationInstallation RemovedOn(DateTimeOffset at) => RemovedAt is null ? this with { RemovedAt = at } : this;

    /// <summary>
    /// The record to store when the app is (re)installed: a new installation replaces a removed one; for an active one
    /// the first install time is kept and the routing facts (serviceUrl, names) are refreshed.
    /// </summary>
    public static ConversationInstallation Merge(ConversationInstallation? existing, ConversationInstallation incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (existing is null || !existing.IsActive)
        {
            return incoming;
        }

        return incoming with
        {
            InstalledAt = existing.InstalledAt,
            TeamName = incoming.TeamName ?? existing.TeamName,
            UserAadObjectId = incoming.UserAadObjectId ?? existing.UserAadObjectId,
            ServiceUrlVerified = incoming.ServiceUrlVerified,
        };
    }

    /// <summary>Maps Teams' conversationType (with isGroup as fallback) to a kind.</summary>
    public static ConversationKind KindOf(string? conversationType, bool? isGroup) => conversationType switch
    {
        "personal" => ConversationKind.Personal,
        "groupChat" => ConversationKind.GroupChat,
        "channel" => ConversationKind.Channel,
        _ => isGroup == true ? ConversationKind.GroupChat : ConversationKind.Personal,
    };
}
