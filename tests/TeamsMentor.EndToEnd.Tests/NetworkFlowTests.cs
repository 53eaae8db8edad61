using System.Text.Json.Nodes;

namespace TeamsMentor.EndToEnd.Tests;

/// <summary>
/// The demo through the real Agents Playground, with the Nord demo network loaded and the clock at
/// 12 April 2023: the organizer links the team channel to Tromsø hjemmetjeneste sone 1, sets her role, and "plan"
/// shows the team's next gathering (3, 26 April 2023) and tasks. Everyone chose bokmål with the help card's button (the Playground itself sends en-US).
/// </summary>
public sealed class NetworkFlowTests(PlaygroundSession session) : IClassFixture<PlaygroundSession>
{
    private const string Channel = "channel-teamwork-id";

    [Fact]
    public async Task Organizer_LinksChannel_SetsRole_SeesPlan()
    {
        var mark = session.Mark();
        await session.PostChannelCommandAsync(Channel, "koble");
        string conversation = "";
        var linkCard = await session.WaitForBotMessageAsync(mark, (c, m) =>
        {
            conversation = c;
            return c.StartsWith(Channel + ";messageid=", StringComparison.Ordinal) && PlaygroundSession.CardText(m).Contains("Koble kanalen til et kommuneteam", StringComparison.Ordinal);
        });
        var linkThread = conversation;

        var linked = await session.ExecuteAsync(linkThread, linkCard, new JsonObject { ["team"] = "mentorprogram-nord/tromso-sone-1" });
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)linked?["type"]);
        Assert.Contains("Kanalen er koblet til **Tromsø hjemmetjeneste sone 1**", PlaygroundSession.BodyText(linked!["value"]), StringComparison.Ordinal);

        mark = session.Mark();
        await session.PostChannelCommandAsync(Channel, "min rolle");
        var roleCard = await session.WaitForBotMessageAsync(mark, (c, m) =>
        {
            conversation = c;
            return c.StartsWith(Channel + ";messageid=", StringComparison.Ordinal) && PlaygroundSession.CardText(m).Contains("Min rolle i teamet", StringComparison.Ordinal);
        });
        var saved = await session.ExecuteAsync(conversation, roleCard, new JsonObject { ["member"] = "new", ["roles"] = "contactPerson,leader" });
        Assert.Contains("Lagret: Ingrid Solberg – Leder (virksomhets- eller avdelingsleder), Kontaktperson", PlaygroundSession.BodyText(saved!["value"]), StringComparison.Ordinal);

        mark = session.Mark();
        await session.PostChannelCommandAsync(Channel, "plan");
        var plan = await session.WaitForBotMessageAsync(mark, (c, m) => c.StartsWith(Channel + ";messageid=", StringComparison.Ordinal) && PlaygroundSession.CardText(m).Contains("Plan for", StringComparison.Ordinal));
        var text = PlaygroundSession.CardText(plan);
        Assert.Contains("Plan for Tromsø hjemmetjeneste sone 1", text, StringComparison.Ordinal);
        Assert.Contains("Samling 3", text, StringComparison.Ordinal);
        Assert.Contains("26. april 2023", text, StringComparison.Ordinal);
        Assert.Contains("Oppgaver før samling 3", text, StringComparison.Ordinal);
    }
}
