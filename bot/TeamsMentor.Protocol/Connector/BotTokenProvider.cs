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
    private AccessToken? _cached;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (credential is null)
        {
            return null;
        }

        if (IsFresh(_cached))
        {
            return _cached!.Value.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh(_cached))
            {
                var context = new TokenRequestContext([options.Value.Connector.Scope]);
                _cached = await credential.GetTokenAsync(context, cancellationToken);
            }

            return _cached!.Value.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsFresh(AccessToken? token) => token is { } t && t.ExpiresOn - RenewBefore > time.GetUtcNow();
}
