using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsMentor.Protocol.Authentication;
using TeamsMentor.Testing;

namespace TeamsMentor.Protocol.Tests;

/// <summary>Key refresh under failure: no storms, no lock-out from a cancelled request, a clear "unavailable".</summary>
public sealed class SigningKeyStoreTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private sealed class SwitchableHandler(HttpMessageHandler inner) : HttpMessageHandler
    {
        public bool Down;
        public int Calls;
        public TimeSpan Delay;

        /// <summary>Released once per completed request, so tests wait on the fetch itself, not on a guess.</summary>
        public SemaphoreSlim Completed { get; } = new(0);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, cancellationToken);
            }

            try
            {
                return Down ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : await new HttpMessageInvoker(inner).SendAsync(request, cancellationToken);
            }
            finally
            {
                Completed.Release();
            }
        }
    }

    private static (SigningKeyStore Store, BotFrameworkAuthenticator Auth, SwitchableHandler Handler, FakeTimeProvider Time) Create(TestTokenIssuer issuer)
    {
        var options = Options.Create(new BotOptions { AppId = AppId, ClientSecret = "x", OpenIdMetadataUrl = TestTokenIssuer.MetadataUrl });
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var handler = new SwitchableHandler(issuer.Handler);
        var store = new SigningKeyStore(new HttpClient(handler), options, time, NullLogger<SigningKeyStore>.Instance);
        return (store, new BotFrameworkAuthenticator(store, options, time), handler, time);
    }

    [Fact]
    public async Task FirstFetchFails_Unavailable_ThenNoStormUntilTheBackoffEnds()
    {
        using var issuer = new TestTokenIssuer(AppId);
        var (store, auth, handler, time) = Create(issuer);
        handler.Down = true;
        var token = "Bearer " + issuer.CreateToken(ServiceUrl);

        for (var i = 0; i < 20; i++)
        {
            await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => auth.AuthenticateAsync(token, "msteams", ServiceUrl, CancellationToken.None));
        }

        Assert.Equal(1, handler.Calls);
        handler.Down = false;
        time.Advance(SigningKeyStore.MinRefreshInterval);
        Assert.Equal(BotAuthStatus.Authenticated, (await auth.AuthenticateAsync(token, "msteams", ServiceUrl, CancellationToken.None)).Status);
        store.Dispose();
    }

    [Fact]
    public async Task StaleKeysAndOutage_KeepsOldKeysAndFetchesOncePerInterval()
    {
        using var issuer = new TestTokenIssuer(AppId);
        var (store, auth, handler, time) = Create(issuer);
        await auth.AuthenticateAsync("Bearer " + issuer.CreateToken(ServiceUrl), "msteams", ServiceUrl, CancellationToken.None);
        time.Advance(SigningKeyStore.MaxAge + TimeSpan.FromMinutes(1));
        handler.Down = true;
        var calls = handler.Calls;

        var now = time.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 20; i++)
        {
            var token = issuer.CreateToken(ServiceUrl, notBefore: now.AddMinutes(-1), expires: now.AddHours(1));
            Assert.Equal(BotAuthStatus.Authenticated, (await auth.AuthenticateAsync("Bearer " + token, "msteams", ServiceUrl, CancellationToken.None)).Status);
        }

        Assert.Equal(calls + 1, handler.Calls);
        store.Dispose();
    }

    [Fact]
    public async Task CancelledRequestDuringUnknownKidRefresh_RotationStillSeen()
    {
        using var issuer = new TestTokenIssuer(AppId);
        var (store, auth, handler, _) = Create(issuer);
        await auth.AuthenticateAsync("Bearer " + issuer.CreateToken(ServiceUrl), "msteams", ServiceUrl, CancellationToken.None);
        issuer.AddKey("rotated", "msteams");
        handler.Delay = TimeSpan.FromMilliseconds(200);
        while (handler.Completed.CurrentCount > 0)
        {
            await handler.Completed.WaitAsync();
        }

        var forgedToken = "Bearer " + issuer.CreateToken(ServiceUrl, kid: "forged"); // minted first: key generation is slow
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        try
        {
            // The caller gives up after 20 ms, mid-fetch; the store's fetch must not be torn down with it.
            var forged = await auth.AuthenticateAsync(forgedToken, "msteams", ServiceUrl, cancel.Token);
            Assert.Equal(BotAuthStatus.Unauthorized, forged.Status);
        }
        catch (OperationCanceledException)
        {
        }

        // The store's own fetch (metadata, then keys) finishes although the caller gave up.
        Assert.True(await handler.Completed.WaitAsync(TimeSpan.FromSeconds(10)));
        handler.Delay = TimeSpan.Zero;
        Assert.True(await handler.Completed.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(4, handler.Calls);

        var result = await auth.AuthenticateAsync("Bearer " + issuer.CreateToken(ServiceUrl, kid: "rotated"), "msteams", ServiceUrl, CancellationToken.None);

        Assert.Equal(BotAuthStatus.Authenticated, result.Status);
        store.Dispose();
    }

    [Fact]
    public async Task KeyWithoutEndorsements_ForbiddenEvenWithoutChannelId()
    {
        using var issuer = new TestTokenIssuer(AppId);
        issuer.AddKey("bare");
        var (store, auth, _, _) = Create(issuer);
        var result = await auth.AuthenticateAsync("Bearer " + issuer.CreateToken(ServiceUrl, kid: "bare"), "", ServiceUrl, CancellationToken.None);
        Assert.Equal(BotAuthStatus.Forbidden, result.Status);
        store.Dispose();
    }
}
