using System.Text.Json;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Protocol.Connector;
using TeamsMentor.Protocol.Schema;
using TeamsMentor.Protocol.Serialization;

namespace TeamsMentor.Bot.Delivery;

/// <summary>One attempt of one delivery through the connector (no inline retries), answered as an <see cref="AttemptResult"/>.</summary>
public sealed class DeliverySender(ConnectorClient connector)
{
    public async Task<AttemptResult> SendAsync(DeliveryItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var target = item.Target;
        if (item.Operation == DeliveryOperation.Delete)
        {
            var deleted = await connector.DeleteOnceAsync(target.ServiceUrl, target.ConversationId, item.ActivityId!, cancellationToken);
            // Already gone (someone deleted it in Teams) is as good as deleted.
            return deleted.StatusCode == 404 ? AttemptResult.Sent(item.ActivityId, null) : Map(deleted, item.ActivityId, null, isPost: false);
        }

        Activity? activity;
        try
        {
            activity = item.ActivityJson is null ? null : JsonSerializer.Deserialize(item.ActivityJson, ProtocolJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null)
        {
            return new AttemptResult(AttemptOutcome.Rejected, ErrorCode: "NoContent");
        }

        switch (item.Operation)
        {
            case DeliveryOperation.NewThread:
                var thread = await connector.CreateConversationOnceAsync(target.ServiceUrl, new ConversationParameters
                {
                    IsGroup = true,
                    TenantId = target.TenantId,
                    Activity = activity,
                    ChannelData = new TeamsChannelData { Channel = new ChannelInfo { Id = target.ConversationId }, Tenant = new TenantInfo { Id = target.TenantId } },
                }, cancellationToken);
                return Map(thread, thread.Value?.ActivityId, thread.Value?.Id, isPost: true);
            case DeliveryOperation.NewChat:
                var chat = await connector.CreateConversationOnceAsync(target.ServiceUrl, new ConversationParameters
                {
                    IsGroup = false,
                    TenantId = target.TenantId,
                    Members = [new ChannelAccount { Id = target.ConversationId }],
                    ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = target.TenantId } },
                }, cancellationToken);
                if (!chat.IsSuccess || chat.Value?.Id is not { Length: > 0 } chatId)
                {
                    return Map(chat, null, null, isPost: false); // opening the same chat again is harmless: never in doubt
                }

                var posted = await connector.SendOnceAsync(target.ServiceUrl, chatId, activity, cancellationToken);
                return Map(posted, posted.Value?.Id, chatId, isPost: true);
            case DeliveryOperation.Update:
                activity.Id = item.ActivityId;
                var updated = await connector.UpdateOnceAsync(target.ServiceUrl, target.ConversationId, item.ActivityId!, activity, cancellationToken);
                return Map(updated, item.ActivityId, null, isPost: false);
            default:
                var sent = await connector.SendOnceAsync(target.ServiceUrl, target.ConversationId, activity, cancellationToken);
                return Map(sent, sent.Value?.Id, null, isPost: true);
        }
    }

    private static AttemptResult Map<T>(ConnectorResult<T> result, string? activityId, string? threadId, bool isPost) => result.Outcome switch
    {
        ConnectorOutcome.Sent => AttemptResult.Sent(activityId, threadId),
        ConnectorOutcome.Throttled => new AttemptResult(AttemptOutcome.Throttled, 429, result.ErrorCode, result.RetryAfter),
        ConnectorOutcome.RecipientGone => new AttemptResult(AttemptOutcome.Unreachable, result.StatusCode, result.ErrorCode),
        _ => new AttemptResult(Classify(result.StatusCode, result.ErrorCode, isPost), result.StatusCode, result.ErrorCode, result.RetryAfter),
    };

    private static AttemptOutcome Classify(int? status, string? code, bool isPost) => status switch
    {
        // No answer: a POST may have arrived (in doubt); a PUT is idempotent and simply tried again.
        null when code is "TransportError" or "Timeout" => isPost ? AttemptOutcome.InDoubt : AttemptOutcome.Transient,
        null when code is "TokenUnavailable" => AttemptOutcome.Transient,
        null => AttemptOutcome.Rejected, // untrusted serviceUrl, too large: sending again cannot help
        412 or 429 or >= 500 => AttemptOutcome.Transient,
        _ => AttemptOutcome.Rejected,
    };
}
