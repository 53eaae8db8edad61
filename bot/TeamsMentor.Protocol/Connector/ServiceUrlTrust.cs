namespace TeamsMentor.Protocol.Connector;

/// <summary>What the bot may do with a serviceUrl.</summary>
public enum ServiceUrlTrust
{
    /// <summary>https on an allow-listed host: call it with the bot's token.</summary>
    Trusted,

    /// <summary>http(s) on localhost while Development allows unauthenticated requests (the Agents Playground): call it without a token.</summary>
    LocalDevelopment,

    /// <summary>Anything else: never called, never given a token.</summary>
    Untrusted,
}
