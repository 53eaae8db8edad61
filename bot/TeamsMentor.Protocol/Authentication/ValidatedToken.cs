namespace TeamsMentor.Protocol.Authentication;

/// <summary>What is kept of a verified token: the facts re-checked per request.</summary>
internal sealed record ValidatedToken(string Kid, DateTime NotBefore, DateTime Expires, string? ServiceUrl);
