using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsMentor.Protocol.Schema;
using TeamsMentor.Protocol.Serialization;

namespace TeamsMentor.Protocol.Tests;

/// <summary>Tolerant schema types: unknown fields accepted and kept, nulls omitted, Teams channelData typed.</summary>
public sealed class ActivitySerializationTests
{
    private const string TeamsChannelMessage = """
    {
      "text": "<at>TeamsMentor</at> hjelp",
      "textFormat": "plain",
      "type": "message",
      "timestamp": "2026-11-20T08:15:02.123Z",
      "localTimestamp": "2026-11-20T09:15:02.123+01:00",
      "id": "1700000000001",
      "channelId": "msteams",
      "serviceUrl": "https://smba.trafficmanager.net/emea/",
      "from": { "id": "29:1abc", "name": "Kari Nordmann", "aadObjectId": "6f0d2c1e-0000-4000-8000-000000000001" },
      "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "tenant-1", "id": "19:abc@thread.tacv2;messageid=1700000000001" },
      "recipient": { "id": "28:bot-app-id", "name": "TeamsMentor" },
      "entities": [
        { "mentioned": { "id": "28:bot-app-id", "name": "TeamsMentor" }, "text": "<at>TeamsMentor</at>", "type": "mention" },
        { "locale": "nb-NO", "country": "NO", "platform": "Android", "timezone": "Europe/Oslo", "type": "clientInfo" }
      ],
      "channelData": {
        "teamsChannelId": "19:abc@thread.tacv2",
        "teamsTeamId": "19:team@thread.tacv2",
        "channel": { "id": "19:abc@thread.tacv2" },
        "team": { "id": "19:team@thread.tacv2", "name": "Mentorprogram Nord", "aadGroupId": "g-1" },
        "tenant": { "id": "tenant-1" }
      },
      "locale": "nb-NO",
      "localTimezone": "Europe/Oslo",
      "someFutureField": { "nested": [1, 2, 3] }
    }
    """;

    [Fact]
    public void Deserialize_TeamsChannelMessage_TypedFieldsRead()
    {
        var activity = JsonSerializer.Deserialize(TeamsChannelMessage, ProtocolJsonContext.Default.Activity)!;

        Assert.True(activity.IsType(ActivityTypes.Message));
        Assert.Equal("tenant-1", activity.TenantId);
        Assert.Equal("19:team@thread.tacv2", activity.ChannelData?.Team?.Id);
        Assert.Equal("Mentorprogram Nord", activity.ChannelData?.Team?.Name);
        Assert.Equal("channel", activity.Conversation?.ConversationType);
        Assert.Equal("28:bot-app-id", activity.Entities?[0].Mentioned?.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 15, 2, 123, TimeSpan.Zero), activity.Timestamp);
    }

    [Fact]
    public void RoundTrip_UnknownFields_Kept()
    {
        var activity = JsonSerializer.Deserialize(TeamsChannelMessage, ProtocolJsonContext.Default.Activity)!;
        var json = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity))!;

        Assert.Equal(3, json["someFutureField"]?["nested"]?.AsArray().Count);
        Assert.Equal("19:abc@thread.tacv2", (string?)json["channelData"]?["teamsChannelId"]);
        Assert.Equal("Android", (string?)json["entities"]?[1]?["platform"]);
    }

    [Fact]
    public void Serialize_NullsAndEmptyOmitted()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = "message", Text = "Hei" }, ProtocolJsonContext.Default.Activity);
        Assert.Equal("""{"type":"message","text":"Hei"}""", json);
    }

    [Theory]
    [InlineData("""{"type":"message","value":"just a string"}""")]
    [InlineData("""{"type":"message","value":null,"membersAdded":[]}""")]
    [InlineData("""{"type":"somethingNew","weird":true}""")]
    public void Deserialize_UnusualButValid_DoesNotThrow(string json)
    {
        Assert.NotNull(JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity));
    }

    [Fact]
    public void CreateReply_SwapsFromAndRecipientAndSetsReplyTo()
    {
        var activity = JsonSerializer.Deserialize(TeamsChannelMessage, ProtocolJsonContext.Default.Activity)!;
        var reply = activity.CreateReply("svar");

        Assert.Equal("28:bot-app-id", reply.From?.Id);
        Assert.Equal("29:1abc", reply.Recipient?.Id);
        Assert.Equal(activity.Conversation?.Id, reply.Conversation?.Id);
        Assert.Equal("1700000000001", reply.ReplyToId);
        Assert.Null(reply.ServiceUrl);
        Assert.Equal("nb-NO", reply.Locale);
    }
}
