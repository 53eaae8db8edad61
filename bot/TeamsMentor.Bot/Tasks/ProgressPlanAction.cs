using System.Globalization;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Domain.Tasks;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Tasks;

/// <summary>
/// The progress-plan card's actions: open (each person's own view of the team's plan for the period, also the card's
/// refresh) and add a step. The card's network, team and period are checked on every call (payloads can be forged):
/// the sender must be on that team (or organize the network), the card must not come from another team's channel, and
/// the gathering must be one whose period asks for a plan. A step is added to what is stored at that moment (a
/// conflict with a colleague's save is read again and added to, up to three times), once per form.
/// </summary>
public sealed class ProgressPlanAction(
    INetworkRepository networks,
    ITeamProgressRepository progress,
    IDeliveryStore deliveries,
    AccessService access,
    BotText text,
    TimeProvider time) : ICardAction
{
    private const int Attempts = 3;

    public static IReadOnlyList<string> Verbs { get; } = [ProgressPlanVerbs.Open, ProgressPlanVerbs.AddStep];

    public async Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (action, t) = (context.Action, context.Text);
        var data = ProgressPlanCardData.Read(action);
        if (await ScopeAsync(context.Activity, data, cancellationToken) is not var (plan, team, period))
        {
            return InvokeResponse.Card(NoticeCard.Build(t["PP_Open"], t["PP_Refused"]));
        }

        var now = time.GetUtcNow();
        var saved = await ReadAsync(plan, team, cancellationToken);
        if (action.Verb != ProgressPlanVerbs.AddStep || now >= period.Closes)
        {
            return InvokeResponse.Card(ProgressPlanCard.View(t, plan, team, period, Values(saved), now));
        }

        var typed = new[] { ProgressPlanCardData.TaskInput, ProgressPlanCardData.TextInput, ProgressPlanCardData.OwnerInput, ProgressPlanCardData.DueInput }
            .ToDictionary(id => id, id => (action.DataString(id) ?? "").Trim(), StringComparer.Ordinal);
        var (step, taskId, issues) = Validate(t, plan, team, period, typed, now);
        if (issues.Count == 0 && saved.FirstOrDefault(p => p.Value.TaskId == taskId)?.Value.Steps.Count >= TaskEndpoints.MaxSteps)
        {
            issues[ProgressPlanCardData.TaskInput] = t.Format("PP_IssueFull", TaskEndpoints.MaxSteps);
        }

        if (issues.Count > 0 || data!.StepId is not { } stepId)
        {
            return InvokeResponse.Card(ProgressPlanCard.View(t, plan, team, period, Values(saved), now, typed, issues, t["PP_Invalid"], noticeIsError: true));
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var current = saved.FirstOrDefault(p => p.Value.TaskId == taskId);
            if (current?.Value.Steps.Any(s => s.Id == stepId) == true)
            {
                break; // this form's step is in already (its first answer was lost): added once
            }

            var next = (current?.Value ?? new TeamTaskProgress { TeamId = team.Id, TaskId = taskId! }) with
            {
                Steps = [.. current?.Value.Steps ?? [], step! with { Id = stepId }],
                UpdatedAt = now,
            };
            var outcome = await progress.SaveAsync(plan.Network.Id, next, current?.Version, cancellationToken);
            if (outcome == WriteOutcome.Failed)
            {
                throw new StorageUnavailableException("The progress plan's step was not saved.");
            }

            saved = await ReadAsync(plan, team, cancellationToken);
            if (outcome == WriteOutcome.Saved)
            {
                await UpdateChannelCardAsync(plan, team, period, Values(saved), now, cancellationToken);
                return InvokeResponse.Card(ProgressPlanCard.View(t, plan, team, period, Values(saved), now, notice: t["PP_Added"]));
            }
        }

        var added = saved.Any(p => p.Value.TaskId == taskId && p.Value.Steps.Any(s => s.Id == stepId));
        return InvokeResponse.Card(added
            ? ProgressPlanCard.View(t, plan, team, period, Values(saved), now, notice: t["PP_Added"])
            : ProgressPlanCard.View(t, plan, team, period, Values(saved), now, typed, null, t["PP_Busy"], noticeIsError: true));
    }

    /// <summary>The typed step, or each refused field with why: a task of the period, what (1-300 characters), a member of the team, and a day from today to the day before the next gathering.</summary>
    private static (ProgressStep? Step, string? TaskId, Dictionary<string, string> Issues) Validate(CardText t, NetworkPlan plan, NetworkTeam team, ProgressPeriod period,
        Dictionary<string, string> typed, DateTimeOffset now)
    {
        var issues = new Dictionary<string, string>(StringComparer.Ordinal);
        var taskId = typed[ProgressPlanCardData.TaskInput];
        if (!period.TaskIds.Contains(taskId, StringComparer.Ordinal))
        {
            issues[ProgressPlanCardData.TaskInput] = t["PP_IssueTask"];
        }

        var what = typed[ProgressPlanCardData.TextInput];
        if (what.Length is 0 or > TaskEndpoints.MaxStepLength || what.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            issues[ProgressPlanCardData.TextInput] = t.Format("PP_IssueText", TaskEndpoints.MaxStepLength);
        }

        var owner = typed[ProgressPlanCardData.OwnerInput];
        if (!plan.CurrentMembersOf(team.Id).Any(m => m.Id == owner))
        {
            issues[ProgressPlanCardData.OwnerInput] = t["PP_IssueWho"];
        }

        var zone = NetworkPlanRules.SafeZone(plan.Network);
        if (!DateOnly.TryParseExact(typed[ProgressPlanCardData.DueInput], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
            || due < NetworkClock.LocalDate(now, zone) || due > ProgressPlanCard.LastDay(period, zone))
        {
            issues[ProgressPlanCardData.DueInput] = t.Format("PP_IssueWhen", period.Gathering + 1);
        }

        return issues.Count > 0 ? (null, null, issues) : (new ProgressStep("", what, owner, due, false), taskId, issues);
    }

    /// <summary>Everyone's copy of the channel card shows the plan's new state (in the network's language, through the delivery engine).</summary>
    private async Task UpdateChannelCardAsync(NetworkPlan plan, NetworkTeam team, ProgressPeriod period, IReadOnlyList<TeamTaskProgress> saved, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (team.Channel is not { } link)
        {
            return;
        }

        var channel = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
        var shared = ProgressPlanCard.Shared(channel, plan, team, period, reminder: false, (ProgressPlans.State(period, saved, now), saved));
        await deliveries.EnqueueCardUpdateAsync(plan.Network.Id, DeliveryKeys.ProgressPlanPrompt(plan.Network.Id, period.Gathering, team.Id),
            DeliveryTargets.TeamChannel(team, link), CardActivity.Json(shared, channel), now, cancellationToken);
    }

    private async Task<IReadOnlyList<Versioned<TeamTaskProgress>>> ReadAsync(NetworkPlan plan, NetworkTeam team, CancellationToken cancellationToken) =>
        await progress.GetTeamAsync(plan.Network.Id, team.Id, cancellationToken);

    private static List<TeamTaskProgress> Values(IReadOnlyList<Versioned<TeamTaskProgress>> saved) => [.. saved.Select(p => p.Value)];

    private async Task<(NetworkPlan Plan, NetworkTeam Team, ProgressPeriod Period)?> ScopeAsync(Activity activity, ProgressPlanCardData? data, CancellationToken cancellationToken)
    {
        if (data is null || activity.From?.AadObjectId is not { } aad || await networks.GetPlanAsync(data.Network, cancellationToken) is not { } plan
            || plan.Teams.FirstOrDefault(x => x.Id == data.Team) is not { } team
            || ProgressPlans.Period(plan, data.Gathering) is not { TaskIds.Count: > 0 } period)
        {
            return null;
        }

        if (await ChannelAddress.IsAnotherTeamsAsync(activity, plan, team, networks, cancellationToken))
        {
            return null; // a card naming another team than the channel's
        }

        return NetworkAccess.IsMember(plan, team.Id, aad) || access.CanAdminister(aad, plan.Network) ? (plan, team, period) : null;
    }
}
