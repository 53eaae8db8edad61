namespace TeamsMentor.Protocol.Authentication;

/// <summary>How an inbound request was (or was not) authenticated.</summary>
public enum BotAuthStatus
{
    /// <summary>A valid Bot Framework token that passed all seven checks.</summary>
    Authenticated,

    /// <summary>No token, accepted only because Development allows unauthenticated requests.</summary>
    Anonymous,

    /// <summary>Refused with 401.</summary>
    Unauthorized,

    /// <summary>Refused with 403: the signing key does not endorse the activity's channel.</summary>
    Forbidden,
}

/// <summary>The outcome of <see cref="BotFrameworkAuthenticator"/>. <see cref="Reason"/> is safe to log (never contains the token).</summary>
public sealed record BotAuthResult(BotAuthStatus Status, string? Reason = null, string? AppId = null)
{
    public bool IsAccepted => Status is BotAuthStatus.Authenticated or BotAuthStatus.Anonymous;

    public static BotAuthResult Authenticated(string appId) => new(BotAuthStatus.Authenticated, AppId: appId);

    public static BotAuthResult Anonymous() => new(BotAuthStatus.Anonymous, "no Authorization header (Development)");

    public static BotAuthResult Unauthorized(string reason) => new(BotAuthStatus.Unauthorized, reason);

    public static BotAuthResult Forbidden(string reason) => new(BotAuthStatus.Forbidden, reason);
}
