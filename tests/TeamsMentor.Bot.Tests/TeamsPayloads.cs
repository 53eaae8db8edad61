namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Activity JSON in the shapes Teams sends (abridged from the samples in MicrosoftDocs/msteams-docs, see
/// bot-protocol.md §3), including fields the bot does not model, to prove they are tolerated.
/// </summary>
internal static class TeamsPayloads
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string Tenant = "3b1a2c4d-0000-4000-8000-00000000a001";
    public const string BotId = "28:" + BotHostFactory.AppId;
    public const string TeamId = "19:team-nord@thread.tacv2";
    public const string ChannelId = "19:tromso@thread.tacv2";
    public const string PersonalConversation = "a:1Xn3QJjzVqY7d0hbN8sM";

    public static string PersonalMessage(string text, string locale = "nb-NO", string tenant = Tenant) => $$"""
    {
      "text": "{{text}}",
      "textFormat": "plain",
      "type": "message",
      "timestamp": "2026-11-20T08:15:02.123Z",
      "localTimestamp": "2026-11-20T09:15:02.123+01:00",
      "id": "1700000000001",
      "channelId": "msteams",
      "serviceUrl": "{{ServiceUrl}}",
      "from": { "id": "29:1kari", "name": "Kari Nordmann", "aadObjectId": "6f0d2c1e-0000-4000-8000-000000000001" },
      "conversation": { "conversationType": "personal", "tenantId": "{{tenant}}", "id": "{{PersonalConversation}}" },
      "recipient": { "id": "{{BotId}}", "name": "TeamsMentor" },
      "entities": [ { "locale": "{{locale}}", "country": "NO", "platform": "Android", "timezone": "Europe/Oslo", "type": "clientInfo" } ],
      "channelData": { "tenant": { "id": "{{tenant}}" }, "someNewTeamsField": { "x": 1 } },
      "locale": "{{locale}}",
      "localTimezone": "Europe/Oslo"
    }
    """;

    public static string ChannelMention(string command) => $$"""
    {
      "text": "<at>TeamsMentor</at> {{command}}",
      "textFormat": "plain",
      "type": "message",
      "id": "1700000000002",
      "channelId": "msteams",
      "serviceUrl": "{{ServiceUrl}}",
      "from": { "id": "29:1ole", "name": "Ole Berg", "aadObjectId": "6f0d2c1e-0000-4000-8000-000000000002" },
      "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "{{Tenant}}", "id": "{{ChannelId}};messageid=1700000000002" },
      "recipient": { "id": "{{BotId}}", "name": "TeamsMentor" },
      "entities": [ { "mentioned": { "id": "{{BotId}}", "name": "TeamsMentor" }, "text": "<at>TeamsMentor</at>", "type": "mention" } ],
      "channelData": {
        "teamsChannelId": "{{ChannelId}}", "teamsTeamId": "{{TeamId}}",
        "channel": { "id": "{{ChannelId}}" }, "team": { "id": "{{TeamId}}" }, "tenant": { "id": "{{Tenant}}" }
      },
      "locale": "nb-NO"
    }
    """;

    public static string BotAddedToTeam(string tenant = Tenant) => $$"""
    {
      "membersAdded": [ { "id": "{{BotId}}" } ],
      "type": "conversationUpdate",
      "timestamp": "2026-11-20T08:00:00.000Z",
      "id": "f:0f0e0d0c",
      "channelId": "msteams",
      "serviceUrl": "{{ServiceUrl}}",
      "from": { "id": "29:1ingrid", "aadObjectId": "6f0d2c1e-0000-4000-8000-000000000010" },
      "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "{{tenant}}", "id": "{{TeamId}}" },
      "recipient": { "id": "{{BotId}}", "name": "TeamsMentor" },
      "channelData": {
        "team": { "aadGroupId": "0a0b0c0d-0000-4000-8000-000000000031", "name": "Mentorprogram Nord", "id": "{{TeamId}}" },
        "eventType": "teamMemberAdded",
        "tenant": { "id": "{{tenant}}" },
        "settings": { "selectedChannel": { "id": "{{TeamId}}" } }
      },
      "locale": "nb-NO"
    }
    """;

    public static string BotRemovedFromTeam() => $$"""
    {
      "membersRemoved": [ { "id": "{{BotId}}" } ],
      "type": "conversationUpdate",
      "channelId": "msteams",
      "serviceUrl": "{{ServiceUrl}}",
      "from": { "id": "29:1ingrid" },
      "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "{{Tenant}}", "id": "{{TeamId}}" },
      "recipient": { "id": "{{BotId}}", "name": "TeamsMentor" },
      "channelData": { "team": { "id": "{{TeamId}}" }, "eventType": "teamMemberRemoved", "tenant": { "id": "{{Tenant}}" } }
    }
    """;

    public static string UserAddedToTeam() => BotAddedToTeam().Replace($$"""{ "id": "{{BotId}}" } ]""", """{ "id": "29:1newnurse" } ]""", StringComparison.Ordinal);

    public static string PersonalInstallation(string action) => $$"""
    {
      "action": "{{action}}",
      "type": "installationUpdate",
      "timestamp": "2026-11-20T08:00:00.000Z",
      "id": "f:1a1b1c",
      "channelId": "msteams",
      "serviceUrl": "{{ServiceUrl}}",
      "from": { "id": "29:1kari", "aadObjectId": "6f0d2c1e-0000-4000-8000-000000000001" },
      "conversation": { "conversationType": "personal", "tenantId": "{{Tenant}}", "id": "{{PersonalConversation}}" },
      "recipient": { "id": "{{BotId}}", "name": "TeamsMentor" },
      "entities": [ { "locale": "nb-NO", "country": "NO", "platform": "Web", "timezone": "Europe/Oslo", "type": "clientInfo" } ],
      "channelData": { "settings": { "selectedChannel": { "id": "{{PersonalConversation}}" } }, "source": { "name": "message" }, "tenant": { "id": "{{Tenant}}" } },
      "locale": "nb-NO"
    }
    """;

    public static string Invoke(string name, string valueJson, string locale = "nb-NO") => $$"""
    {
      "name": "{{name}}",
      "type": "invoke",
      "timestamp": "2026-11-20T08:20:00.000Z",
      "id": "f:2a2b2c",
      "channelId": "msteams",
      "serviceUrl": "{{ServiceUrl}}",
      "from": { "id": "29:1kari", "name": "Kari Nordmann", "aadObjectId": "6f0d2c1e-0000-4000-8000-000000000001" },
      "conversation": { "conversationType": "personal", "tenantId": "{{Tenant}}", "id": "{{PersonalConversation}}" },
      "recipient": { "id": "{{BotId}}", "name": "TeamsMentor" },
      "replyToId": "1700000000005",
      "value": {{valueJson}},
      "channelData": { "tenant": { "id": "{{Tenant}}" }, "source": { "name": "message" } },
      "locale": "{{locale}}"
    }
    """;

    public static string CardSubmit() => $$"""
    {
      "type": "message",
      "id": "1700000000009",
      "channelId": "msteams",
      "serviceUrl": "{{ServiceUrl}}",
      "from": { "id": "29:1kari", "name": "Kari Nordmann" },
      "conversation": { "conversationType": "personal", "tenantId": "{{Tenant}}", "id": "{{PersonalConversation}}" },
      "recipient": { "id": "{{BotId}}", "name": "TeamsMentor" },
      "replyToId": "1700000000005",
      "value": { "verb": "status.submit", "hours": "12" },
      "channelData": { "tenant": { "id": "{{Tenant}}" }, "source": { "name": "message" } },
      "locale": "nb-NO"
    }
    """;

    /// <summary>A channel message from a given user (Entra object id) with the bot @mentioned.</summary>
    public static string ChannelCommand(string command, string aadObjectId, string name = "Ole Berg") =>
        ChannelMention(command)
            .Replace("\"aadObjectId\": \"6f0d2c1e-0000-4000-8000-000000000002\"", $"\"aadObjectId\": \"{aadObjectId}\"", StringComparison.Ordinal)
            .Replace("\"name\": \"Ole Berg\"", $"\"name\": \"{name}\"", StringComparison.Ordinal);

    /// <summary>An Action.Execute invoke from a card in the Tromsø channel thread.</summary>
    public static string ChannelInvoke(string verb, string dataJson, string aadObjectId, string name = "Ole Berg") => $$"""
    {
      "name": "adaptiveCard/action",
      "type": "invoke",
      "id": "f:3a3b3c",
      "channelId": "msteams",
      "serviceUrl": "{{ServiceUrl}}",
      "from": { "id": "29:1x", "name": "{{name}}", "aadObjectId": "{{aadObjectId}}" },
      "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "{{Tenant}}", "id": "{{ChannelId}};messageid=1700000000050" },
      "recipient": { "id": "{{BotId}}", "name": "TeamsMentor" },
      "replyToId": "1700000000051",
      "value": { "action": { "type": "Action.Execute", "verb": "{{verb}}", "data": {{dataJson}} }, "trigger": "manual" },
      "channelData": {
        "channel": { "id": "{{ChannelId}}" }, "team": { "id": "{{TeamId}}" }, "tenant": { "id": "{{Tenant}}" }, "source": { "name": "message" }
      },
      "locale": "nb-NO"
    }
    """;
}
