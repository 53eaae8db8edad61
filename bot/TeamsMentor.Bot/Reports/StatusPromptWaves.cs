using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Scheduling;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// The status report's waves, in the network's language, to where the network's <c>statusPromptTo</c> says
/// (<see cref="TeamReach"/>: the team's channel, each member 1:1, or both): the prompt (the report card itself; each
/// viewer gets their own form), the reminders and an organizer's "nudge now" (a short card whose button opens the
/// person's form where they are), and the organizers' digest after the deadline.
/// </summary>
public sealed class StatusPromptWaves(BotText text, IConversationInstallationRepository installations) : IWaveBuilder
{
    public IReadOnlyCollection<PromptKind> Kinds { get; } = [PromptKind.StatusPrompt, PromptKind.StatusReminder, PromptKind.StatusDigest];

    public async Task<BuiltWave?> BuildAsync(WaveContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (plan, prompt, now) = (context.Plan, context.Prompt, context.Now);
        var network = plan.Network;
        if (context.Gathering is not { } gathering)
        {
            return null;
        }

        var t = new CardText(text, BotLocale.From(network.DefaultLocale));
        if (prompt.Kind == PromptKind.StatusDigest)
        {
            if (network.OrganizerChannel is not { } organizers)
            {
                return null; // goes out once the organizers' channel is linked (until the gathering ends)
            }

            var digest = StatusDigestCard.Build(t, plan, gathering, context.Reports);
            return new BuiltWave(new WaveRequest(prompt.Key, network.Id, prompt.Kind.ToString(), now, gathering.Number),
                [new DeliveryRequest(DeliveryTargets.OrganizersChannel(network, organizers), DeliveryOperation.NewThread, CardActivity.Json(digest, t))]);
        }

        if (plan.Teams.FirstOrDefault(x => x.Id == prompt.TeamId) is not { } team)
        {
            return null;
        }

        // The prompt is the report card itself (each viewer gets their own form); a reminder is a short card with a button to it.
        var card = prompt.Kind == PromptKind.StatusPrompt
            ? StatusReportCard.Shared(t, plan, team, gathering, null)
            : PromptCard.Status(t, network, team, gathering, reminder: true);
        var requests = TeamReach.Requests(plan, team, await PersonalChats.FindAsync(installations, plan, cancellationToken), CardActivity.Json(card, t));
        return requests.Count == 0 ? null // goes out once the team can be reached (a channel linked, a member known), until the deadline
            : new BuiltWave(new WaveRequest(prompt.Key, network.Id, prompt.Kind.ToString(), now, gathering.Number, team.Name), requests,
                prompt.Kind == PromptKind.StatusReminder ? PreviousReminder(network, gathering, team, prompt.Key) : null);
    }

    /// <summary>The reminder of the same series sent before this one (7 days before, when this is the 2-day one), which this one replaces; null for the first.</summary>
    private static string? PreviousReminder(LearningNetwork network, Gathering gathering, NetworkTeam team, string key)
    {
        var series = network.Schedule.StatusReminderDaysBefore.Distinct().OrderByDescending(d => d)
            .Select(d => DeliveryKeys.StatusReminder(network.Id, gathering.Number, team.Id, d)).ToList();
        var index = series.IndexOf(key);
        return index > 0 ? series[index - 1] : null;
    }

    /// <summary>
    /// An organizer's "nudge now": a reminder to the team at once, where its prompts go, keyed by the minute (a double
    /// click adds nothing). Null when the team cannot be reached.
    /// </summary>
    public async Task<BuiltWave?> NudgeAsync(NetworkPlan plan, NetworkTeam team, Gathering gathering, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(gathering);
        var t = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
        var card = PromptCard.Status(t, plan.Network, team, gathering, reminder: true);
        var requests = TeamReach.Requests(plan, team, await PersonalChats.FindAsync(installations, plan, cancellationToken), CardActivity.Json(card, t));
        return requests.Count == 0 ? null
            : new BuiltWave(new WaveRequest(DeliveryKeys.StatusNudge(plan.Network.Id, gathering.Number, team.Id, now), plan.Network.Id, "StatusNudge", now, gathering.Number, team.Name),
                requests);
    }

    /// <summary>Whether a prompt to the team would reach anyone now (for "nudge now" in the matrix).</summary>
    public static bool Reaches(NetworkPlan plan, NetworkTeam team, IReadOnlyDictionary<string, Domain.Installations.ConversationInstallation> personalChats) =>
        TeamReach.Requests(plan, team, personalChats, "{}").Count > 0;
}
