using System.Text.Json.Nodes;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>
/// For a card action that waits on something slower than Teams waits for an answer (Microsoft Graph): the work runs on
/// the host's lifetime, not the request's. If it is done within <see cref="QuickAnswer"/> its card is the answer;
/// otherwise the action answers "working on it" and, when the work is done, the card message the action came from is
/// updated with its result.
/// </summary>
public sealed class CardFollowUp(IHostApplicationLifetime lifetime, TimeProvider time, ILogger<CardFollowUp> logger)
{
    public static TimeSpan QuickAnswer { get; } = TimeSpan.FromSeconds(3);

    /// <param name="work">Builds the result card; it gets the host's stopping token, not the request's.</param>
    /// <param name="working">The answer when the work takes longer than <see cref="QuickAnswer"/>.</param>
    public async Task<JsonObject> RunAsync(TurnContext turn, Func<CancellationToken, Task<JsonObject>> work, JsonObject working)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(work);
        var stopping = lifetime.ApplicationStopping;
        var task = Task.Run(() => work(stopping), CancellationToken.None);
        if (await Task.WhenAny(task, Task.Delay(QuickAnswer, time, CancellationToken.None)) == task)
        {
            return await task;
        }

        ConversationLog.FollowUpStarted(logger, turn.Activity.Name ?? "-");
        _ = FollowUpAsync(turn, task, stopping);
        return working;
    }

    private async Task FollowUpAsync(TurnContext turn, Task<JsonObject> task, CancellationToken stopping)
    {
        try
        {
            var card = await task;
            var activity = turn.Activity;
            if (activity.ReplyToId is not { } messageId || activity.Conversation?.Id is not { } conversationId || activity.ServiceUrl is not { } serviceUrl)
            {
                return; // no message to update (the card was not sent by the bot): the person sees the result on their next look
            }

            var update = activity.CreateReply();
            update.Id = messageId;
            update.ReplyToId = null;
            update.Attachments = [Attachment.AdaptiveCard(card)];
            var result = await turn.Connector.UpdateActivityAsync(serviceUrl, conversationId, messageId, update, stopping);
            if (!result.IsSuccess)
            {
                ConversationLog.FollowUpNotShown(logger, result.Outcome.ToString(), result.ErrorCode ?? "-");
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ConversationLog.FollowUpFailed(logger, ex.GetType().Name, ex.StackTrace ?? "-"); // a boundary: the work's own state is saved step by step, and the card's status button shows it
        }
    }
}
