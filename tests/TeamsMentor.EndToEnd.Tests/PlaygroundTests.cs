using System.Text.Json.Nodes;
using Azure.Data.Tables;

namespace TeamsMentor.EndToEnd.Tests;

/// <summary>The whole stack with nobody having chosen a language: the Playground's en-US stands until the language button is pressed.</summary>
public sealed class EnglishPlaygroundSession : PlaygroundSession
{
    protected override string? Language => null;
}

/// <summary>
/// Through the real Agents Playground (a local Teams client): install the app, say "hjelp", get the help card, switch
/// its language with Action.Execute; in a team channel, @mention the bot. The Playground sends locale en-US on messages
/// and invokes but none on conversationUpdate, so the welcome is in bokmål (the default) and replies in English.
/// </summary>
public sealed class PlaygroundTests(EnglishPlaygroundSession session) : IClassFixture<EnglishPlaygroundSession>
{
    [Fact]
    public async Task PersonalChat_InstallThenHjelp_HelpCardArrivesAndLanguageSwitches()
    {
        var mark = session.Mark();
        await session.PostJsonAsync("_debug/conversation/personal-chat-id/installation", new JsonObject());
        var welcome = await session.WaitForBotMessageAsync(mark, (conversation, m) => conversation == "personal-chat-id" && PlaygroundSession.CardText(m).Contains("Takk for at du la meg til", StringComparison.Ordinal));
        Assert.NotNull(welcome);

        var installation = await FindInstallationAsync("personal-chat-id");
        Assert.NotNull(installation);
        Assert.Equal("Personal", installation.GetString("Kind"));
        Assert.True(installation.GetBoolean("IsActive"));
        Assert.False(installation.GetBoolean("ServiceUrlVerified"));

        mark = session.Mark();
        await session.PostJsonAsync("_conversation/v1/conversations/personal-chat-id/messages",
            new JsonObject { ["from"] = new JsonObject { ["id"] = "user-id-0" }, ["text"] = "hjelp", ["textFormat"] = "plain" });
        var help = await session.WaitForBotMessageAsync(mark, (conversation, m) => conversation == "personal-chat-id" && PlaygroundSession.CardText(m).Contains("I help the learning network", StringComparison.Ordinal));
        var card = help["attachments"]![0]!["content"]!;
        var action = card["actions"]![0]!;
        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal("Svar meg på norsk (answer me in Norwegian)", (string?)action["title"]);

        var response = await session.PostJsonAsync("_conversation/v1/invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject { ["action"] = action.DeepClone() },
            ["from"] = new JsonObject { ["id"] = "user-id-0" },
            ["conversation"] = new JsonObject { ["id"] = "personal-chat-id" },
            ["replyToId"] = (string?)help["messageId"],
        });

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response?["type"]);
        var norwegian = string.Join("\n", response!["value"]!["body"]!.AsArray().Select(b => (string?)b?["text"]));
        Assert.Contains("Jeg hjelper læringsnettverket", norwegian, StringComparison.Ordinal);

        // Remembered: the Playground still sends en-US, and the next answer is in bokmål.
        mark = session.Mark();
        await session.PostJsonAsync("_conversation/v1/conversations/personal-chat-id/messages",
            new JsonObject { ["from"] = new JsonObject { ["id"] = "user-id-0" }, ["text"] = "help", ["textFormat"] = "plain" });
        var remembered = await session.WaitForBotMessageAsync(mark, (conversation, m) => conversation == "personal-chat-id" && PlaygroundSession.CardText(m).Contains("Jeg hjelper læringsnettverket", StringComparison.Ordinal));

        // And back: its button now offers English.
        var back = remembered["attachments"]![0]!["content"]!["actions"]![0]!.AsObject();
        Assert.Equal("Svar meg på engelsk (answer me in English)", (string?)back["title"]);
        var english = await session.ExecuteAsync("personal-chat-id", (string?)remembered["messageId"], back, new JsonObject());
        Assert.Contains("From now on TeamsMentor answers you in English.", PlaygroundSession.BodyText(english!["value"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamChannel_InstallThenMention_WelcomeStoredAndHelpInThread()
    {
        var mark = session.Mark();
        await session.PostJsonAsync("_debug/conversation/team-id/installation", new JsonObject());
        await session.WaitForBotMessageAsync(mark, (conversation, m) => conversation.StartsWith("team-id", StringComparison.Ordinal) && PlaygroundSession.CardText(m).Contains("Takk for at dere la meg til", StringComparison.Ordinal));

        var installation = await FindInstallationAsync("team-id");
        Assert.NotNull(installation);
        Assert.Equal("Channel", installation.GetString("Kind"));
        Assert.Equal("team-id", installation.GetString("TeamId"));

        mark = session.Mark();
        await session.PostJsonAsync("_conversation/v1/conversations/channel-teamwork-id/messages", new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = "user-id-2" },
            ["text"] = "<at>TeamsMentor</at> help",
            ["textFormat"] = "plain",
            ["mentions"] = new JsonArray(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = PlaygroundSession.BotId, ["name"] = "TeamsMentor" },
                ["text"] = "<at>TeamsMentor</at>",
            }),
        });
        var help = await session.WaitForBotMessageAsync(mark, (conversation, m) => conversation.StartsWith("channel-teamwork-id;messageid=", StringComparison.Ordinal)
            && PlaygroundSession.CardText(m).Contains("I help the learning network", StringComparison.Ordinal));
        Assert.NotNull(help);
    }

    private async Task<TableEntity?> FindInstallationAsync(string conversationId)
    {
        var table = new TableClient(session.StorageConnectionString, session.TablePrefix + "Installations");
        var response = await table.GetEntityIfExistsAsync<TableEntity>(PlaygroundSession.TenantId, conversationId);
        return response.HasValue ? response.Value : null;
    }
}
