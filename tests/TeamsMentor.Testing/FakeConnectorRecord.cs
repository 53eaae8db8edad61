namespace TeamsMentor.Testing;

/// <summary>One request the fake connector accepted: method, conversation (channel for a new thread), assigned id, body.</summary>
public sealed record FakeConnectorRecord(string Method, string Conversation, string ActivityId, string Body, DateTimeOffset At)
{
    /// <summary>Same conversation and same content: a resend of the same message.</summary>
    public string Key => Conversation + "\n" + Body;
}
