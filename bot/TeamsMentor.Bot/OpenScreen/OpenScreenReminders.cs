using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Scheduling;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// An open-screen reminder (by default a day and 15 minutes before): a short card in every invited team's channel, and
/// 1:1 to each person who said they come where the app has a personal chat with them.
/// </summary>
public sealed class OpenScreenReminders(BotText text, IOpenScreenRepository sessions, IConversationInstallationRepository installations, OpenScreenService openScreen)
    : IWaveBuilder
{
    public IReadOnlyCollection<PromptKind> Kinds { get; } = [PromptKind.OpenScreenReminder];

    public async Task<BuiltWave?> BuildAsync(WaveContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (plan, prompt, now) = (context.Plan, context.Prompt, context.Now);
        var network = plan.Network;
        if (prompt.SessionId is null || await sessions.GetSessionAsync(network.Id, prompt.SessionId, cancellationToken) is not { Value: { IsCancelled: false } session })
        {
            return null;
        }

        var rsvps = (await sessions.ListRsvpsAsync(network.Id, session.Id, cancellationToken)).GetValueOrDefault(session.Id) ?? [];
        var t = new CardText(text, BotLocale.From(network.DefaultLocale));
        var minutes = (int)Math.Ceiling((session.Start - now).TotalMinutes);
        var card = OpenScreenInviteCard.Reminder(t, plan, session, minutes, RsvpCounts.From(rsvps), openScreen.CalendarUrl(network.Id, session.Id));
        var json = CardActivity.Json(card, t);
        var deliveries = OpenScreenService.ChannelPosts(plan, session, json);
        var coming = rsvps.Where(r => r.Choice == RsvpChoice.Yes).ToList();
        if (coming.Count > 0)
        {
            var personal = await PersonalChats.FindAsync(installations, plan, cancellationToken);
            foreach (var rsvp in coming)
            {
                if (personal.TryGetValue(rsvp.AadObjectId, out var chat))
                {
                    var name = plan.Members.FirstOrDefault(m => m.Id == rsvp.MemberId)?.Name;
                    deliveries.Add(new DeliveryRequest(DeliveryTargets.Person(rsvp.AadObjectId, chat, name), DeliveryOperation.Post, json));
                }
            }
        }

        return deliveries.Count == 0 ? null
            : new BuiltWave(new WaveRequest(prompt.Key, network.Id, prompt.Kind.ToString(), now, null, session.Topic), deliveries);
    }
}
