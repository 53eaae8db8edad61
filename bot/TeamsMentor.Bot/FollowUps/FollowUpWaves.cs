using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Scheduling;

namespace TeamsMentor.Bot.FollowUps;

/// <summary>
/// The advisor's reminder when no follow-up is booked with a team: to the advisor 1:1 when the app has a chat with
/// her, else to the organizers' channel (naming the advisor); until one of those exists it waits (asked again each pass,
/// until the next gathering starts).
/// </summary>
public sealed class FollowUpWaves(BotText text, IConversationInstallationRepository installations) : IWaveBuilder
{
    public IReadOnlyCollection<PromptKind> Kinds { get; } = [PromptKind.FollowUpReminder];

    public async Task<BuiltWave?> BuildAsync(WaveContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (plan, prompt, now) = (context.Plan, context.Prompt, context.Now);
        if (context.Gathering is not { } gathering || plan.GatheringNumber(gathering.Number + 1) is not { } next
            || plan.Teams.FirstOrDefault(x => x.Id == prompt.TeamId) is not { } team)
        {
            return null;
        }

        var network = plan.Network;
        var t = new CardText(text, BotLocale.From(network.DefaultLocale));
        var activity = CardActivity.Json(FollowUpCard.Reminder(t, plan, team, gathering, next, now), t);
        DeliveryRequest? request = null;
        if (FollowUpRules.AdvisorOf(plan, team) is { AadObjectId: { } aad } advisor
            && (await PersonalChats.FindAsync(installations, plan, cancellationToken)).TryGetValue(aad, out var chat))
        {
            request = new DeliveryRequest(DeliveryTargets.Person(aad, chat, advisor.Name), DeliveryOperation.Post, activity);
        }
        else if (network.OrganizerChannel is { } organizers)
        {
            request = new DeliveryRequest(DeliveryTargets.OrganizersChannel(network, organizers), DeliveryOperation.NewThread, activity);
        }

        return request is null ? null
            : new BuiltWave(new WaveRequest(prompt.Key, network.Id, prompt.Kind.ToString(), now, gathering.Number, team.Name), [request]);
    }
}
