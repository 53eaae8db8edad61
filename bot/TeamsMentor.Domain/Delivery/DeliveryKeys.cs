using System.Globalization;

namespace TeamsMentor.Domain.Delivery;

/// <summary>
/// Every key the delivery engine is addressed by, in one place. A wave id is its prompt's idempotency key (kind, network,
/// gathering or session, and what makes it unique), so a restart, a second instance or a re-run adds nothing twice; a
/// target key is unique within its wave, and a card update finds its sent card by wave id and target key. Keys are part
/// of what is stored: never change the shape of one in use.
/// </summary>
public static class DeliveryKeys
{
    private const string TeamPrefix = "team|";

    /// <summary>A team's status-report card for a gathering, posted into its channel.</summary>
    public static string StatusPrompt(string network, int gathering, string team) => $"status:{network}:{gathering}:{team}";

    /// <summary>The reminder <paramref name="days"/> before the status-report deadline.</summary>
    public static string StatusReminder(string network, int gathering, string team, int days) => $"status-reminder:{network}:{gathering}:{team}:{days}d";

    /// <summary>The organizers' digest after the status-report deadline.</summary>
    public static string StatusDigest(string network, int gathering) => $"status-digest:{network}:{gathering}";

    /// <summary>An organizer's "nudge now", keyed by the minute (a double click adds nothing).</summary>
    public static string StatusNudge(string network, int gathering, string team, DateTimeOffset now) =>
        $"status-nudge:{network}:{gathering}:{team}:{now.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}";

    /// <summary>Whether a wave id is a status prompt, reminder or nudge to <paramref name="team"/> for <paramref name="gathering"/>: the team was asked.</summary>
    public static bool AsksForStatus(string waveId, string network, int gathering, string team)
    {
        ArgumentNullException.ThrowIfNull(waveId);
        var g = gathering.ToString(CultureInfo.InvariantCulture);
        return waveId == StatusPrompt(network, gathering, team)
            || waveId.StartsWith($"status-reminder:{network}:{g}:{team}:", StringComparison.Ordinal)
            || waveId.StartsWith($"status-nudge:{network}:{g}:{team}:", StringComparison.Ordinal);
    }

    /// <summary>A team's progress-plan card for the period after <paramref name="gathering"/>.</summary>
    public static string ProgressPlanPrompt(string network, int gathering, string team) => $"progress-plan:{network}:{gathering}:{team}";

    /// <summary>The progress-plan reminder <paramref name="days"/> before the plan's deadline.</summary>
    public static string ProgressPlanReminder(string network, int gathering, string team, int days) => $"progress-plan-reminder:{network}:{gathering}:{team}:{days}d";

    /// <summary>The reminder to a team's advisor that no follow-up is booked in the period after <paramref name="gathering"/>.</summary>
    public static string FollowUpReminder(string network, int gathering, string team) => $"followup-reminder:{network}:{gathering}:{team}";

    /// <summary>A follow-up's invite card to the team's contact person, per revision (a new time: a new card).</summary>
    public static string FollowUpInvite(string network, string followUp, int revision) => $"followup:{network}:{followUp}:r{revision}";

    /// <summary>The organizers' weekly health digest, by ISO week (<c>2024-W42</c>).</summary>
    public static string HealthDigest(string network, DateOnly monday) =>
        $"health-digest:{network}:{ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):00}";

    /// <summary>A gathering's evaluation when it opens.</summary>
    public static string Evaluation(string network, int gathering) => $"evaluation:{network}:{gathering}";

    /// <summary>The evaluation's reminder to those who have not answered.</summary>
    public static string EvaluationReminder(string network, int gathering) => $"evaluation-reminder:{network}:{gathering}";

    /// <summary>A session's invite wave (one card per invited team's channel).</summary>
    public static string OpenScreenInvite(string network, string session) => $"open-screen:{network}:{session}";

    /// <summary>The invite for one team whose channel was linked after the session was scheduled.</summary>
    public static string OpenScreenLateInvite(string network, string session, string team) => $"open-screen:{network}:{session}:{team}";

    /// <summary>A reminder of one revision of a session: moving it (a new revision) makes its reminders due again.</summary>
    public static string OpenScreenReminder(string network, string session, int revision, int minutes) =>
        $"open-screen-reminder:{network}:{session}:r{revision}:{minutes}m";

    /// <summary>The organizers' warning, a while before retention erases the network's personal data.</summary>
    public static string RetentionWarning(string network) => $"retention-warning:{network}";

    /// <summary>The target key of a team's channel post.</summary>
    public static string TeamChannel(string teamId) => TeamPrefix + teamId;

    /// <summary>The team a <see cref="TeamChannel"/> key names, or null for another kind of target.</summary>
    public static string? TeamOf(string targetKey) =>
        targetKey is not null && targetKey.StartsWith(TeamPrefix, StringComparison.Ordinal) ? targetKey[TeamPrefix.Length..] : null;

    /// <summary>The target key of a post in a network's organizers' channel.</summary>
    public static string OrganizersChannel(string networkId) => "organizers|" + networkId;

    /// <summary>The target key of a message in one person's personal chat (by Entra object id, case-insensitive).</summary>
    public static string Person(string aadObjectId) => "user|" + (aadObjectId ?? throw new ArgumentNullException(nameof(aadObjectId))).ToLowerInvariant();
}
