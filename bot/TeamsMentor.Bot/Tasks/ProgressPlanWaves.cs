using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Domain.Tasks;

namespace TeamsMentor.Bot.Tasks;

/// <summary>
/// The progress plan's waves, in the network's language, to where the status report's prompts go
/// (<see cref="TeamReach"/>): the prompt the day after a gathering that gave tasks, and the reminders to teams whose
/// plan is not made (each deletes the reminder before it, so they do not stack).
/// </summary>
public sealed class ProgressPlanWaves(BotText text, IConversationInstallationRepository installations) : IWaveBuilder
{
    public IReadOnlyCollection<PromptKind> Kinds { get; } = [PromptKind.ProgressPlanPrompt, PromptKind.ProgressPlanReminder];

    public async Task<BuiltWave?> BuildAsync(WaveContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (plan, prompt, now) = (context.Plan, context.Prompt, context.Now);
        if (prompt.Gathering is not { } number || ProgressPlans.Period(plan, number) is not { } period
            || plan.Teams.FirstOrDefault(x => x.Id == prompt.TeamId) is not { } team)
        {
            return null;
        }

        var network = plan.Network;
        var t = new CardText(text, BotLocale.From(network.DefaultLocale));
        var reminder = prompt.Kind == PromptKind.ProgressPlanReminder;
        var card = ProgressPlanCard.Shared(t, plan, team, period, reminder);
        var requests = TeamReach.Requests(plan, team, await PersonalChats.FindAsync(installations, plan, cancellationToken), CardActivity.Json(card, t));
        return requests.Count == 0 ? null // goes out once the team can be reached, until the deadline
            : new BuiltWave(new WaveRequest(prompt.Key, network.Id, prompt.Kind.ToString(), now, number, team.Name), requests,
                reminder ? PreviousReminder(network, number, team, prompt.Key) : null);
    }

    /// <summary>The reminder of the same series sent before this one, which this one replaces; null for the first.</summary>
    private static string? PreviousReminder(LearningNetwork network, int gathering, NetworkTeam team, string key)
    {
        var series = network.Schedule.ProgressPlanReminderDaysBefore.Distinct().OrderByDescending(d => d)
            .Select(d => DeliveryKeys.ProgressPlanReminder(network.Id, gathering, team.Id, d)).ToList();
        var index = series.IndexOf(key);
        return index > 0 ? series[index - 1] : null;
    }
}
