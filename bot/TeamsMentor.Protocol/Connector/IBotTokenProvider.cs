namespace TeamsMentor.Protocol.Connector;

/// <summary>Supplies the bearer token for Bot Connector calls, or null when no credentials are configured (Development).</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
