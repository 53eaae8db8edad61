using Azure.Core;

namespace TeamsMentor.Protocol.Tests;

/// <summary>A TokenCredential that issues numbered tokens valid for one hour and records the scopes asked for.</summary>
internal sealed class TestTokenCredential(TimeProvider time) : TokenCredential
{
    public int Calls;
    public List<string> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref Calls);
        Scopes.AddRange(requestContext.Scopes);
        return ValueTask.FromResult(new AccessToken("token-" + n, time.GetUtcNow().AddHours(1)));
    }
}
