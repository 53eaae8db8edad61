using TeamsMentor.Bot.CardKit;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>One card action: the turn, the parsed invoke value (verb and data), and the texts in the sender's language.</summary>
public sealed record CardActionContext(TurnContext Turn, AdaptiveCardInvokeValue Action, CardText Text)
{
    public Activity Activity => Turn.Activity;

    public string Verb => Action.Verb;
}
