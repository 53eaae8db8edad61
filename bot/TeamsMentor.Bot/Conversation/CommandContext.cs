using TeamsMentor.Bot.CardKit;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>One text command: the turn and the texts in the sender's language.</summary>
public sealed record CommandContext(TurnContext Turn, CardText Text)
{
    public Activity Activity => Turn.Activity;
}
