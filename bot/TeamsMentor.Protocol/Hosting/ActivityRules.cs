using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Protocol.Hosting;

/// <summary>
/// What an activity must look like before any work is done with it. Lists are cleaned of null entries (a client may send
/// <c>"entities":[null]</c>); an activity the bot acts on needs an absolute http(s) <c>serviceUrl</c> and a conversation
/// id; ids that reach storage or a URL are bounded (Table Storage keys hold 1 KiB, escaped ids grow up to threefold).
/// </summary>
public static class ActivityRules
{
    /// <summary>The longest id accepted (conversation, tenant, user, team, channel, activity ids). Teams' own are well under 200.</summary>
    public const int MaxIdLength = 256;

    /// <summary>The longest display name accepted (people, teams, channels; names are stored with what they did).</summary>
    public const int MaxNameLength = 512;

    /// <summary>The longest serviceUrl accepted (Teams' are about 40 characters).</summary>
    public const int MaxServiceUrlLength = 2048;

    private static readonly HashSet<string> Handled = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate,
    };

    /// <summary>Removes null entries from the activity's lists, so handlers never meet one.</summary>
    public static void RemoveNullEntries(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Entities = Clean(activity.Entities);
        activity.Attachments = Clean(activity.Attachments);
        activity.MembersAdded = Clean(activity.MembersAdded);
        activity.MembersRemoved = Clean(activity.MembersRemoved);
    }

    /// <summary>Why the activity cannot be handled (answered 400), or null when it can.</summary>
    public static string? Problem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!Handled.Contains(activity.Type ?? ""))
        {
            return null; // ignored anyway (spec A2014)
        }

        if (activity.ServiceUrl is not { Length: > 0 and <= MaxServiceUrlLength } serviceUrl
            || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "serviceUrl";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "conversation.id";
        }

        var ids = new (string Name, string? Value)[]
        {
            ("id", activity.Id), ("replyToId", activity.ReplyToId), ("conversation.id", activity.Conversation.Id),
            ("conversation.tenantId", activity.Conversation.TenantId), ("channelData.tenant.id", activity.ChannelData?.Tenant?.Id),
            ("channelData.team.id", activity.ChannelData?.Team?.Id), ("channelData.channel.id", activity.ChannelData?.Channel?.Id),
            ("from.id", activity.From?.Id), ("from.aadObjectId", activity.From?.AadObjectId), ("recipient.id", activity.Recipient?.Id),
            ("locale", activity.Locale),
        };
        foreach (var (name, value) in ids)
        {
            if (value is not null && (value.Length > MaxIdLength || value.Any(char.IsControl)))
            {
                return name;
            }
        }

        var names = new (string Name, string? Value)[]
        {
            ("from.name", activity.From?.Name), ("recipient.name", activity.Recipient?.Name), ("conversation.name", activity.Conversation.Name),
            ("channelData.team.name", activity.ChannelData?.Team?.Name), ("channelData.channel.name", activity.ChannelData?.Channel?.Name),
        };
        return names.FirstOrDefault(n => n.Value is { Length: > MaxNameLength }).Name;
    }

    private static List<T>? Clean<T>(IList<T>? list) where T : class =>
        list is null ? null : [.. list.Where(x => x is not null)];
}
