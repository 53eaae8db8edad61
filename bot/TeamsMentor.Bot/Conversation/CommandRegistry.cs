namespace TeamsMentor.Bot.Conversation;

/// <summary>Command word → <see cref="ITextCommand"/> type.</summary>
public sealed class CommandRegistry() : HandlerRegistry("command word");
