using System.Text.Json.Nodes;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.CardKit;

/// <summary>
/// The <c>data</c> of a card's <c>Action.Execute</c>, as one record that writes itself onto the card and reads itself
/// back from the invoke (where Teams merges the card's inputs into it), so no field name is spread over a builder and
/// an action. <see cref="Read"/> gives null when a field it needs is missing or malformed: the data may be forged.
/// </summary>
public interface ICardData<TSelf> where TSelf : class, ICardData<TSelf>
{
    JsonObject ToJson();

    static abstract TSelf? Read(AdaptiveCardInvokeValue action);
}
