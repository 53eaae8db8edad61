using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;

namespace TeamsMentor.Bot.Conversation;

/// <summary>"hjelp" / "help": what the app does and its commands (also the answer to anything not understood).</summary>
public sealed class HelpCommand(HelpCard helpCard) : ITextCommand
{
    public static IReadOnlyList<string> Words { get; } = ["hjelp", "help", "?", "meny", "menu"];

    public Task<JsonObject> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(helpCard.Build(context.Text.Culture, HelpCard.Reason.Asked));
    }
}
