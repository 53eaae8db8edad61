namespace TeamsMentor.Bot.Conversation;

/// <summary>Card verb → <see cref="ICardAction"/> type.</summary>
public sealed class CardActionRegistry() : HandlerRegistry("card verb");
