using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Ledger;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.OpenScreen;
using TeamsMentor.Bot.Tasks;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Networks;

/// <summary>The text commands about the learning network: "koble"/"link", "min rolle"/"my role", "plan", "levering", "åpen skjerm"/"open screen".</summary>
public sealed class TeamCommands(
    INetworkRepository networks,
    ITeamProgressRepository progress,
    Domain.Delivery.IDeliveryStore deliveries,
    TeamResolver resolver,
    OpenScreenAction openScreen,
    BotText text,
    TimeProvider time)
{
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal) { "koble", "link", "koble kanal", "link channel" };
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal) { "min rolle", "my role", "rolle", "role" };
    private static readonly HashSet<string> DeliveryWords = new(StringComparer.Ordinal) { "levering", "leveringer", "delivery", "deliveries", "utsending" };
    private static readonly HashSet<string> PlanWords = new(StringComparer.Ordinal) { "plan", "min plan", "my plan" };
    private static readonly HashSet<string> OpenScreenWords = new(StringComparer.Ordinal)
    {
        "åpen skjerm", "apen skjerm", "aapen skjerm", "ny åpen skjerm", "planlegg åpen skjerm", "open screen", "new open screen", "schedule open screen",
    };

    /// <summary>The card answering <paramref name="command"/>, or null when it is not one of these commands.</summary>
    public async Task<System.Text.Json.Nodes.JsonObject?> AnswerAsync(string command, Activity activity, CardText t, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(t);
        if (LinkWords.Contains(command))
        {
            return await LinkAsync(activity, t, cancellationToken);
        }

        if (RoleWords.Contains(command))
        {
            return await RoleAsync(activity, t, cancellationToken);
        }

        if (DeliveryWords.Contains(command))
        {
            return await DeliveryAsync(activity, t, cancellationToken);
        }

        if (OpenScreenWords.Contains(command))
        {
            return await openScreen.StartAsync(activity, t, cancellationToken);
        }

        return PlanWords.Contains(command) ? await PlanAsync(activity, t, cancellationToken) : null;
    }

    public async Task<System.Text.Json.Nodes.JsonObject> LinkAsync(Activity activity, CardText t, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!ChannelAddress.IsChannel(activity))
        {
            return NoticeCard.Build(t["Link_Title"], t["Link_NotInChannel"]);
        }

        var all = await networks.GetAllPlansAsync(cancellationToken);
        if (all.Count == 0)
        {
            return NoticeCard.Build(t["Link_Title"], t["Link_NoNetworks"]);
        }

        // Only the networks the sender organizes: others' teams are none of their business.
        var plans = OrganizedBy(all, activity.From?.AadObjectId);
        if (plans.Count == 0)
        {
            return NoticeCard.Build(t["Link_Title"], t["Link_NotOrganizerAnywhere"]);
        }

        var scope = await resolver.ResolveAsync(activity, cancellationToken);
        return LinkCard.Build(t, plans, scope?.Team.Name, scope is null ? null : $"{scope.NetworkId}/{scope.Team.Id}");
    }

    private async Task<System.Text.Json.Nodes.JsonObject> RoleAsync(Activity activity, CardText t, CancellationToken cancellationToken)
    {
        var scope = await resolver.ResolveAsync(activity, cancellationToken);
        if (scope is null)
        {
            return NoticeCard.Build(t["Role_Title"], ChannelAddress.IsChannel(activity) ? t["Plan_NotLinked"] : t["Role_NoTeam"]);
        }

        var me = Me(scope, activity.From?.AadObjectId);
        return RoleCard.Build(t, scope.Plan, scope.Team, me);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> PlanAsync(Activity activity, CardText t, CancellationToken cancellationToken)
    {
        var scope = await resolver.ResolveAsync(activity, cancellationToken);
        if (scope is null)
        {
            return NoticeCard.Build(t["Plan_NextGathering"], ChannelAddress.IsChannel(activity) ? t["Plan_NotLinked"] : t["Plan_NoTeam"]);
        }

        var rows = await progress.GetTeamAsync(scope.NetworkId, scope.Team.Id, cancellationToken);
        var note = scope.TeamCount > 1 ? t.Format("Plan_SeveralTeams", scope.Team.Name) : null;
        return PlanCard.Build(t, scope.Plan, scope.Team, [.. rows.Select(r => r.Value)], time.GetUtcNow(), note);
    }

    public static Member? Me(TeamScope scope, string? aadObjectId) =>
        aadObjectId is null ? null : scope.Plan.MembersOf(scope.Team.Id).FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>"levering": the latest waves of the networks the sender organizes, counted by state.</summary>
    private async Task<System.Text.Json.Nodes.JsonObject> DeliveryAsync(Activity activity, CardText t, CancellationToken cancellationToken)
    {
        var plans = OrganizedBy(await networks.GetAllPlansAsync(cancellationToken), activity.From?.AadObjectId);
        if (plans.Count == 0)
        {
            return NoticeCard.Build(t.Format("Delivery_Title", "TeamsMentor"), t["Delivery_NotOrganizer"]);
        }

        var waves = new List<(NetworkPlan Plan, IReadOnlyList<Domain.Delivery.WaveSummary> Waves)>();
        foreach (var plan in plans)
        {
            waves.Add((plan, await deliveries.ListWavesAsync(plan.Network.Id, cancellationToken)));
        }

        return DeliveryCard.Build(t, waves);
    }

    public static IReadOnlyList<NetworkPlan> OrganizedBy(IReadOnlyList<NetworkPlan> plans, string? aadObjectId) =>
        [.. plans.Where(p => p.Network.IsOrganizer(aadObjectId))];

    public CardText For(Activity activity) => new(text, BotLocale.From(activity?.Locale));
}
