using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Scheduling;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// The status report's waves, in the network's language: the prompt (the report card itself, a new thread in the team's
/// linked channel; each viewer gets their own form), the reminders (a short nudge), the organizers' digest after the
/// deadline, and an organizer's "nudge now".
/// </summary>
public sealed class StatusPromptWaves(BotText text) : IWaveBuilder
{
    public IReadOnlyCollection<PromptKind> Kinds { get; } = [PromptKind.StatusPrompt, PromptKind.StatusReminder, PromptKind.StatusDigest];

    public Task<BuiltWave?> BuildAsync(WaveContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (plan, prompt, now) = (context.Plan, context.Prompt, context.Now);
        var network = plan.Network;
        if (context.Gathering is not { } gathering)
        {
            return Task.FromResult<BuiltWave?>(null);
        }

        var t = new CardText(text, BotLocale.From(network.DefaultLocale));
        if (prompt.Kind == PromptKind.StatusDigest)
        {
            if (network.OrganizerChannel is not { } organizers)
            {
                return Task.FromResult<BuiltWave?>(null); // goes out once the organizers' channel is linked (until the gathering ends)
            }

            var digest = StatusDigestCard.Build(t, plan, gathering, context.Reports);
            return Task.FromResult<BuiltWave?>(new BuiltWave(new WaveRequest(prompt.Key, network.Id, prompt.Kind.ToString(), now, gathering.Number),
                [new DeliveryRequest(DeliveryTargets.OrganizersChannel(network, organizers), DeliveryOperation.NewThread, CardActivity.Json(digest, t))]));
        }

        var team = plan.Teams.FirstOrDefault(x => x.Id == prompt.TeamId);
        if (team?.Channel is not { } channel)
        {
            return Task.FromResult<BuiltWave?>(null); // the prompt goes out once the team's channel is linked (until the deadline)
        }

        // The prompt is the report card itself (each viewer gets their own form); a reminder is a short nudge.
        var card = prompt.Kind == PromptKind.StatusPrompt
            ? StatusReportCard.Shared(t, plan, team, gathering, null)
            : PromptCard.Status(t, network, gathering, reminder: true);
        var wave = new WaveRequest(prompt.Key, network.Id, prompt.Kind.ToString(), now, gathering.Number, team.Name);
        return Task.FromResult<BuiltWave?>(new BuiltWave(wave, [new DeliveryRequest(DeliveryTargets.TeamChannel(team, channel), DeliveryOperation.NewThread, CardActivity.Json(card, t))]));
    }

    /// <summary>
    /// An organizer's "nudge now": a reminder into the team's channel at once, keyed by the minute (a double click adds
    /// nothing). Null when the team has no linked channel.
    /// </summary>
    public BuiltWave? Nudge(NetworkPlan plan, NetworkTeam team, Gathering gathering, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(gathering);
        if (team.Channel is not { } channel)
        {
            return null;
        }

        var t = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
        var card = PromptCard.Status(t, plan.Network, gathering, reminder: true);
        return new BuiltWave(new WaveRequest(DeliveryKeys.StatusNudge(plan.Network.Id, gathering.Number, team.Id, now), plan.Network.Id, "StatusNudge", now, gathering.Number, team.Name),
            [new DeliveryRequest(DeliveryTargets.TeamChannel(team, channel), DeliveryOperation.NewThread, CardActivity.Json(card, t))]);
    }
}
