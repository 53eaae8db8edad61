using Azure.Core;
using Microsoft.Extensions.Options;

namespace TeamsMentor.Protocol.Connector;

/// <summary>
/// Client-credentials tokens for the Bot Connector from an Azure.Identity <see cref="TokenCredential"/>
/// (client secret or managed identity), cached and renewed five minutes before they expire. Nothing is fetched until
/// the first outbound call, so start-up never needs Entra.
/// </summary>
public sealed class BotTokenProvider(TokenCredential? credential, IOptions<BotOptions> options, TimeProvider time) : IBotTokenProvider, IDisposable
{
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _cached; // an immutable reference, replaced whole: readers never see half a token

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (credential is null)
        {
            return null;
        }

        var cached = Volatile.Read(ref _cached);
        if (IsFresh(cached))
        {
            return cached!.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            cached = _cached;
            if (!IsFresh(cached))
            {
                var context = new TokenRequestContext([options.Value.Connector.Scope]);
                var token = await credential.GetTokenAsync(context, cancellationToken);
                cached = new CachedToken(token.Token, token.ExpiresOn);
                Volatile.Write(ref _cached, cached);
            }

            return cached!.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsFresh(CachedToken? token) => token is not null && token.ExpiresOn - RenewBefore > time.GetUtcNow();

    private sealed record CachedToken(string Token, DateTimeOffset ExpiresOn);
}
