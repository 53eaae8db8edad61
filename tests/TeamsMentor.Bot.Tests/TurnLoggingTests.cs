using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>Every log event of a turn carries the activity id and a hash of the conversation id, and never the conversation id itself.</summary>
[Collection(HostCollection.Name)]
public sealed class TurnLoggingTests(AzuriteFixture azurite) : HostTestBase(azurite)
{
    [Fact]
    public async Task Turn_EventsCarryActivityIdAndConversationHash_NotTheConversationId()
    {
        var sink = new CapturingLoggerProvider();
        using var factory = Factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(sink).AddFilter<CapturingLoggerProvider>(null, LogLevel.Debug)));
        using var client = factory.CreateClient();
        Factory.Connector.Then(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster","message":"gone"}}"""); // the reply fails: a warning inside the turn
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(TeamsPayloads.PersonalMessage("hjelp"), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ValidToken());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);

        var hash = TurnLogScope.Hash(TeamsPayloads.PersonalConversation)!;
        Assert.Matches("^[0-9a-f]{16}$", hash);
        foreach (var eventId in new[] { 2100, 2102 }) // the turn itself, and the failed reply logged deep inside it
        {
            var entry = Assert.Single(sink.Entries, e => e.EventId == eventId);
            Assert.Equal("1700000000001", entry.Scope[TurnLogScope.ActivityId]);
            Assert.Equal(hash, entry.Scope[TurnLogScope.ConversationHash]);
        }

        Assert.DoesNotContain(sink.Entries, e => e.Text.Contains(TeamsPayloads.PersonalConversation, StringComparison.Ordinal)
            || e.Scope.Values.Any(v => v?.ToString()?.Contains(TeamsPayloads.PersonalConversation, StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Hash_SameConversationSameHash_OthersDiffer()
    {
        Assert.Equal(TurnLogScope.Hash("a:1"), TurnLogScope.Hash("a:1"));
        Assert.NotEqual(TurnLogScope.Hash("a:1"), TurnLogScope.Hash("a:2"));
        Assert.Null(TurnLogScope.Hash(null));
    }
}
