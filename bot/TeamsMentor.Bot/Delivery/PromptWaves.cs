using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Evaluations;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.OpenScreen;
using TeamsMentor.Bot.Reports;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Protocol.Schema;
using TeamsMentor.Protocol.Serialization;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// Turns a due prompt into a wave: who gets it (a team's linked channel, or every participant 1:1 where the app can
/// reach them and otherwise their team's channel) and the card each gets, in the network's language.
/// </summary>
public sealed class PromptWaves(BotText text, EvaluationWaves evaluations, OpenScreenReminders openScreen)
{
    /// <summary>The wave, or null when it cannot go out yet (no linked channel) or is not built here.</summary>
    /// <param name="reports">The network's status reports, as the caller read them for this pass (the digest shows them).</param>
    public async Task<(WaveRequest Wave, IReadOnlyList<DeliveryRequest> Deliveries)?> BuildAsync(
        NetworkPlan plan, DuePrompt prompt, IReadOnlyList<StatusReport> reports, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(reports);
        if (prompt.Kind == PromptKind.OpenScreenReminder)
        {
            return await openScreen.BuildAsync(plan, prompt, now, cancellationToken);
        }

        var network = plan.Network;
        var gathering = plan.Gatherings.FirstOrDefault(g => g.Number == prompt.Gathering);
        var t = new CardText(text, BotLocale.From(network.DefaultLocale));
        if (gathering is null)
        {
            return null;
        }

        switch (prompt.Kind)
        {
            case PromptKind.StatusPrompt or PromptKind.StatusReminder:
                var team = plan.Teams.FirstOrDefault(x => x.Id == prompt.TeamId);
                if (team?.Channel is not { } channel)
                {
                    return null; // the prompt goes out once the team's channel is linked (until the deadline)
                }

                // The prompt is the report card itself (each viewer gets their own form); a reminder is a short nudge.
                var card = prompt.Kind == PromptKind.StatusPrompt
                    ? StatusReportCard.Shared(t, plan, team, gathering, null)
                    : PromptCard.Status(t, network, gathering, reminder: true);
                var wave = new WaveRequest(prompt.Key, network.Id, prompt.Kind.ToString(), now, gathering.Number, team.Name);
                return (wave, [new DeliveryRequest(ChannelTarget(team, channel), DeliveryOperation.NewThread, ActivityJson(card, t))]);
            case PromptKind.StatusDigest:
                if (network.OrganizerChannel is not { } organizers)
                {
                    return null; // goes out once the organizers' channel is linked (until the gathering ends)
                }

                var digest = StatusDigestCard.Build(t, plan, gathering, reports);
                return (new WaveRequest(prompt.Key, network.Id, prompt.Kind.ToString(), now, gathering.Number),
                    [new DeliveryRequest(OrganizersTarget(network, organizers), DeliveryOperation.NewThread, ActivityJson(digest, t))]);
            case PromptKind.Evaluation or PromptKind.EvaluationReminder:
                return await evaluations.BuildAsync(plan, gathering, prompt, now, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>
    /// An organizer's "nudge now": a reminder into the team's channel at once, keyed by the minute (a double click adds
    /// nothing). Null when the team has no linked channel.
    /// </summary>
    public (WaveRequest Wave, IReadOnlyList<DeliveryRequest> Deliveries)? Nudge(NetworkPlan plan, NetworkTeam team, Gathering gathering, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(gathering);
        if (team.Channel is not { } channel)
        {
            return null;
        }

        var t = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
        var key = $"status-nudge:{plan.Network.Id}:{gathering.Number}:{team.Id}:{now.UtcDateTime:yyyyMMddHHmm}";
        var card = PromptCard.Status(t, plan.Network, gathering, reminder: true);
        return (new WaveRequest(key, plan.Network.Id, "StatusNudge", now, gathering.Number, team.Name),
            [new DeliveryRequest(ChannelTarget(team, channel), DeliveryOperation.NewThread, ActivityJson(card, t))]);
    }

    public static string ActivityJson(JsonObject card, CardText t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Locale = t.Culture.Name,
            Attachments = [Attachment.AdaptiveCard(card)],
        };
        return JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);
    }

    /// <summary>The delivery target key of a team's channel post (the key card updates are addressed by).</summary>
    public static string ChannelTargetKey(NetworkTeam team) => "team|" + (team ?? throw new ArgumentNullException(nameof(team))).Id;

    private static DeliveryTarget OrganizersTarget(LearningNetwork network, ChannelLink channel) =>
        new("organizers|" + network.Id, channel.TenantId, channel.ServiceUrl, channel.ChannelId, network.Name);

    public static DeliveryTarget ChannelTarget(NetworkTeam team, ChannelLink channel) =>
        new(ChannelTargetKey(team), channel.TenantId, channel.ServiceUrl, channel.ChannelId, team.Name);
}
