using TeamsMentor.Protocol.Authentication;
using TeamsMentor.Protocol.Connector;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Protocol.Hosting;

/// <summary>One inbound activity with how it was authenticated and a way to answer it.</summary>
public sealed class TurnContext(Activity activity, BotAuthResult auth, ConnectorClient connector)
{
    public Activity Activity { get; } = activity;

    /// <summary>How the request was authenticated. A stored serviceUrl keeps this as proof of where it came from (spec A7560).</summary>
    public BotAuthResult Auth { get; } = auth;

    public ConnectorClient Connector { get; } = connector;

    /// <summary>Replies in the activity's conversation (threaded where the channel supports it).</summary>
    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var serviceUrl = Activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        var conversationId = Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
        return string.IsNullOrEmpty(Activity.Id)
            ? Connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken)
            : Connector.ReplyToActivityAsync(serviceUrl, conversationId, Activity.Id, reply, cancellationToken);
    }
}
