using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Privacy;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Privacy;

/// <summary>
/// Retention, in the scheduler's pass (the instance that sends): a network's members are erased
/// <see cref="PrivacyOptions.RetentionMonths"/> after its period ends (<see cref="PersonErasure.EraseMembersAsync"/>),
/// its organizers warned <see cref="PrivacyOptions.WarnDays"/> before, and once a day the ledger forgets the content and
/// recipients of cards sent more than <see cref="PrivacyOptions.PayloadDays"/> ago. Due is told from the plan and the
/// clock; each instance remembers what it has done.
/// </summary>
public sealed class RetentionPass(
    PersonErasure erasure,
    IPersonalDataStore store,
    IDeliveryStore deliveries,
    IConversationInstallationRepository installations,
    BotText text,
    IOptions<PrivacyOptions> options,
    ILogger<RetentionPass> logger) : ISchedulerPass
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<string, bool> _warned = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _swept = new(StringComparer.Ordinal);

    public bool IsDue(NetworkPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var o = options.Value;
        return Retention.PurgeDue(plan, o.RetentionMonths, now)
            || (Retention.WarningDue(plan, o.RetentionMonths, o.WarnDays, now) && !_warned.ContainsKey(plan.Network.Id))
            || SweepDue(plan.Network.Id, now);
    }

    public async Task RunAsync(NetworkPlan plan, IReadOnlyList<StatusReport> read, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (id, o) = (plan.Network.Id, options.Value);
        if (Retention.PurgeDue(plan, o.RetentionMonths, now))
        {
            await erasure.EraseMembersAsync(id, cancellationToken);
        }
        else if (Retention.WarningDue(plan, o.RetentionMonths, o.WarnDays, now) && !_warned.ContainsKey(id))
        {
            await WarnAsync(plan, now, cancellationToken);
            _warned[id] = true;
        }

        if (SweepDue(id, now))
        {
            var cleared = await store.ClearPayloadsAsync(id, now.AddDays(-o.PayloadDays), now, cancellationToken);
            PrivacyLog.PayloadsCleared(logger, cleared);
            _swept[id] = now;
        }
    }

    /// <summary>The ledger's daily sweep of the network is due: not swept by this instance today.</summary>
    private bool SweepDue(string networkId, DateTimeOffset now) => !_swept.TryGetValue(networkId, out var last) || now - last >= SweepEvery;

    /// <summary>The warning, once (the wave's id is its key), to the organizers' channel and each organizer's own chat.</summary>
    private async Task WarnAsync(NetworkPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var t = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
        var o = options.Value;
        var zone = NetworkPlanRules.SafeZone(plan.Network);
        var card = CardActivity.Json(NoticeCard.Build(
            t.Format("Privacy_WarnTitle", plan.Network.Name, t.Date(Retention.PurgeAt(plan.Network, o.RetentionMonths), zone)),
            t.Format("Privacy_WarnText", t.Date(NetworkClock.At(plan.Network.End, TimeOnly.MinValue, zone), zone), o.WarnDays)), t);
        var targets = new List<DeliveryRequest>();
        if (plan.Network.OrganizerChannel is { } channel)
        {
            targets.Add(new DeliveryRequest(DeliveryTargets.OrganizersChannel(plan.Network, channel), DeliveryOperation.NewThread, card));
        }

        var chats = await PersonalChats.FindAsync(installations, plan, cancellationToken);
        foreach (var organizer in plan.Network.Organizers)
        {
            if (organizer.AadObjectId is { } aad && chats.TryGetValue(aad, out var chat))
            {
                targets.Add(new DeliveryRequest(DeliveryTargets.Person(aad, chat, organizer.Name), DeliveryOperation.Post, card));
            }
        }

        if (targets.Count > 0)
        {
            await deliveries.EnqueueAsync(new WaveRequest(DeliveryKeys.RetentionWarning(plan.Network.Id), plan.Network.Id, "RetentionWarning", now), targets, cancellationToken);
        }
    }
}
