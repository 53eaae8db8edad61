namespace TeamsMentor.Domain.Privacy;

/// <summary>
/// One person as storage may name them: the Entra object id (when Teams has told us), and per network the member ids,
/// names, e-mail addresses and Teams user ids the plans hold. Personal-chat conversation ids are found in storage.
/// Retention erases a network's members together, as one subject with several Entra ids.
/// </summary>
public sealed record DataSubject
{
    /// <summary>The shortest name matched as text: shorter ones (a first name alone) would match other people's words.</summary>
    public const int MinimumNameLength = 5;

    /// <summary>The person's Entra object id (lower case), when known; null for a group.</summary>
    public string? AadObjectId
    {
        get => AadObjectIds.Count == 1 ? AadObjectIds[0] : null;
        init => AadObjectIds = value is null ? [] : [value.ToLowerInvariant()];
    }

    /// <summary>Every Entra object id the subject has (one person's, or a group's), lower case.</summary>
    public IReadOnlyList<string> AadObjectIds { get; init; } = [];

    /// <summary>
    /// Whether a list that counts people (who came) keeps a place for them under a random token instead of losing them:
    /// retention keeps the network's figures; a person's own erasure updates the counts.
    /// </summary>
    public bool KeepCounts { get; init; }

    /// <summary>Member and organizer ids by network (such an id means this person only inside its own network).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MemberIds { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    public IReadOnlyList<string> Names { get; init; } = [];

    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Teams user ids (<c>29:…</c>) and personal-chat conversation ids (<c>a:…</c>).</summary>
    public IReadOnlyList<string> TeamsIds { get; init; } = [];

    /// <summary>The networks the person is in, as member or organizer.</summary>
    public IReadOnlyCollection<string> Networks => [.. MemberIds.Keys];

    /// <summary>The same person with more Teams ids (found in storage).</summary>
    public DataSubject WithTeamsIds(IEnumerable<string> ids) => this with { TeamsIds = [.. TeamsIds.Concat(ids).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal)] };

    /// <summary>
    /// Whether <paramref name="value"/> names the person: an id or e-mail anywhere in it (ignoring case), a full name
    /// anywhere as whole words, or one of the network's member ids as a whole value, a JSON string or a key segment.
    /// </summary>
    public bool IsNamedIn(string? value, string? networkId)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (AadObjectIds.Any(aad => value.Contains(aad, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (TeamsIds.Any(id => value.Contains(id, StringComparison.OrdinalIgnoreCase)) || Emails.Any(e => value.Contains(e, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (TextNames.Any(n => WholeWords.Contains(value, n.Trim())))
        {
            return true;
        }

        return MemberIdsIn(networkId).Any(id => NamesMemberId(value, id));
    }

    /// <summary>The names long enough to be matched as text.</summary>
    public IEnumerable<string> TextNames => Names.Where(n => n.Trim().Length >= MinimumNameLength);

    /// <summary>The member ids that mean this person in <paramref name="networkId"/> (every network's when null).</summary>
    public IEnumerable<string> MemberIdsIn(string? networkId) => networkId is null
        ? MemberIds.Values.SelectMany(v => v)
        : MemberIds.TryGetValue(networkId, out var ids) ? ids : [];

    /// <summary>A member id as a whole value, a JSON string, or a segment of a key (<c>|</c> or <c>:</c> apart).</summary>
    public static bool NamesMemberId(string value, string memberId)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        return value == memberId
            || value.Contains('"' + memberId + '"', StringComparison.Ordinal)
            || value.Split('|', ':').Contains(memberId, StringComparer.Ordinal);
    }
}
