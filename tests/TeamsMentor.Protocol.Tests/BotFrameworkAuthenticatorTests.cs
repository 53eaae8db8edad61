using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using TeamsMentor.Protocol.Authentication;
using TeamsMentor.Testing;

namespace TeamsMentor.Protocol.Tests;

/// <summary>bot-protocol.md §8 items 2-9: every inbound check, with real RSA-signed tokens and a local metadata endpoint.</summary>
public sealed class BotFrameworkAuthenticatorTests : IDisposable
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private readonly TestTokenIssuer _issuer = new(AppId);
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly BotOptions _options = new() { AppId = AppId, ClientSecret = "unused", OpenIdMetadataUrl = TestTokenIssuer.MetadataUrl };
    private readonly SigningKeyStore _store;
    private readonly BotFrameworkAuthenticator _authenticator;

    public BotFrameworkAuthenticatorTests()
    {
        _store = new SigningKeyStore(new HttpClient(_issuer.Handler), Options.Create(_options), _time, NullLogger<SigningKeyStore>.Instance);
        _authenticator = new BotFrameworkAuthenticator(_store, Options.Create(_options), _time);
    }

    public void Dispose()
    {
        _issuer.Dispose();
        _store.Dispose();
    }

    private Task<BotAuthResult> Authenticate(string? header, string? channelId = "msteams", string? serviceUrl = ServiceUrl) =>
        _authenticator.AuthenticateAsync(header, channelId, serviceUrl, CancellationToken.None);

    [Fact]
    public async Task Authenticate_ValidChannelToken_Authenticated()
    {
        var result = await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl));
        Assert.Equal(BotAuthStatus.Authenticated, result.Status);
        Assert.Equal(AppId, result.AppId);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Authenticate_OtherAllowedRsaAlgorithms_Authenticated(string algorithm)
    {
        var result = await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl, algorithm: algorithm));
        Assert.Equal(BotAuthStatus.Authenticated, result.Status);
    }

    [Fact]
    public async Task Authenticate_MissingHeader_Unauthorized()
    {
        var result = await Authenticate(null);
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
    }

    [Fact]
    public async Task Authenticate_MissingHeaderInDevelopmentMode_Anonymous()
    {
        _options.DangerouslyAllowUnauthenticatedRequests = true;
        var result = await Authenticate(null);
        Assert.Equal(BotAuthStatus.Anonymous, result.Status);
    }

    [Fact]
    public async Task Authenticate_BadTokenInDevelopmentMode_StillUnauthorized()
    {
        _options.DangerouslyAllowUnauthenticatedRequests = true;
        var result = await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl, audience: "someone-else"));
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
    }

    [Fact]
    public async Task Authenticate_TokenButNoAppIdConfigured_Unauthorized()
    {
        _options.AppId = null;
        _options.DangerouslyAllowUnauthenticatedRequests = true;
        var result = await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl));
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("Basic")]
    [InlineData("Bearer  ")]
    public async Task Authenticate_WrongScheme_Unauthorized(string scheme)
    {
        var result = await Authenticate(scheme + " " + _issuer.CreateToken(ServiceUrl));
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30")]
    public async Task Authenticate_MalformedToken_Unauthorized(string header)
    {
        var result = await Authenticate(header);
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
    }

    [Fact]
    public async Task Authenticate_SymmetricHs256Token_Unauthorized()
    {
        var result = await Authenticate("Bearer " + _issuer.CreateSymmetricToken(ServiceUrl));
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
        Assert.Equal("signing algorithm not allowed", result.Reason);
    }

    [Fact]
    public async Task Authenticate_UnsignedAlgNoneToken_Unauthorized()
    {
        var result = await Authenticate("Bearer " + _issuer.CreateUnsignedToken(ServiceUrl));
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
    }

    [Fact]
    public async Task Authenticate_SignatureFromUnpublishedKeyWithKnownKid_Unauthorized()
    {
        var result = await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl, signWithUnpublishedKey: true));
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
        Assert.Equal("invalid signature", result.Reason);
    }

    [Theory]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://evil.example.com")]
    public async Task Authenticate_WrongIssuer_Unauthorized(string issuer)
    {
        var result = await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl, issuer: issuer));
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
    }

    [Fact]
    public async Task Authenticate_WrongAudience_Unauthorized()
    {
        var result = await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl, audience: "99999999-2222-3333-4444-555555555555"));
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
        Assert.Equal("wrong audience", result.Reason);
    }

    [Fact]
    public async Task Authenticate_ExpiredBeyondSkew_Unauthorized()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var token = _issuer.CreateToken(ServiceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(-6));
        Assert.Equal(BotAuthStatus.Unauthorized, (await Authenticate("Bearer " + token)).Status);
    }

    [Fact]
    public async Task Authenticate_ExpiredWithinSkew_Authenticated()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var token = _issuer.CreateToken(ServiceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(-4));
        Assert.Equal(BotAuthStatus.Authenticated, (await Authenticate("Bearer " + token)).Status);
    }

    [Fact]
    public async Task Authenticate_NotBeforeBeyondSkew_Unauthorized()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var token = _issuer.CreateToken(ServiceUrl, notBefore: now.AddMinutes(6), expires: now.AddHours(1));
        Assert.Equal(BotAuthStatus.Unauthorized, (await Authenticate("Bearer " + token)).Status);
    }

    [Fact]
    public async Task Authenticate_NotBeforeWithinSkew_Authenticated()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var token = _issuer.CreateToken(ServiceUrl, notBefore: now.AddMinutes(4), expires: now.AddHours(1));
        Assert.Equal(BotAuthStatus.Authenticated, (await Authenticate("Bearer " + token)).Status);
    }

    [Fact]
    public async Task Authenticate_UnknownKid_RefreshesOnceThenUnauthorized()
    {
        Assert.Equal(BotAuthStatus.Authenticated, (await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl))).Status);
        Assert.Equal(1, _issuer.MetadataFetches);

        var result = await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl, kid: "no-such-key"));
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
        Assert.Equal("unknown signing key", result.Reason);
        Assert.Equal(2, _issuer.MetadataFetches);

        // A flood of forged kids does not hammer the metadata endpoint.
        await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl, kid: "another-unknown"));
        Assert.Equal(2, _issuer.MetadataFetches);
    }

    [Fact]
    public async Task Authenticate_KeyRotatedAfterFirstFetch_RefreshFindsNewKey()
    {
        await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl));
        _issuer.AddKey("key-2", "msteams");

        var result = await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl, kid: "key-2"));

        Assert.Equal(BotAuthStatus.Authenticated, result.Status);
        Assert.Equal(2, _issuer.MetadataFetches);
    }

    [Fact]
    public async Task Authenticate_KeysOlderThanMaxAge_Refetched()
    {
        await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl));
        await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl));
        Assert.Equal(1, _issuer.MetadataFetches);

        _time.Advance(SigningKeyStore.MaxAge + TimeSpan.FromMinutes(1));
        var now = _time.GetUtcNow().UtcDateTime;
        await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl, notBefore: now.AddMinutes(-1), expires: now.AddHours(1)));

        Assert.Equal(2, _issuer.MetadataFetches);
        Assert.True(SigningKeyStore.MaxAge <= TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task Authenticate_KeyNotEndorsingChannel_Forbidden()
    {
        _issuer.AddKey("webchat-only", "webchat");
        var result = await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl, kid: "webchat-only"), channelId: "msteams");
        Assert.Equal(BotAuthStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task Authenticate_KeyWithoutEndorsements_Forbidden()
    {
        _issuer.AddKey("no-endorsements");
        var result = await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl, kid: "no-endorsements"), channelId: "msteams");
        Assert.Equal(BotAuthStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task Authenticate_EmptyChannelId_EndorsementNotRequired()
    {
        _issuer.AddKey("webchat-only", "webchat");
        var result = await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl, kid: "webchat-only"), channelId: "");
        Assert.Equal(BotAuthStatus.Authenticated, result.Status);
    }

    [Fact]
    public async Task Authenticate_MissingServiceUrlClaim_Unauthorized()
    {
        var result = await Authenticate("Bearer " + _issuer.CreateToken(ServiceUrl, includeServiceUrl: false));
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlClaimDiffersFromActivity_Unauthorized()
    {
        var token = _issuer.CreateToken("https://smba.trafficmanager.net/amer/");
        var result = await Authenticate("Bearer " + token, serviceUrl: ServiceUrl);
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlClaimDiffersOnlyInCase_Authenticated()
    {
        var token = _issuer.CreateToken(ServiceUrl.ToUpperInvariant());
        var result = await Authenticate("Bearer " + token, serviceUrl: ServiceUrl);
        Assert.Equal(BotAuthStatus.Authenticated, result.Status);
    }

    [Fact]
    public async Task Authenticate_SameTokenAgain_StillBoundToActivityServiceUrl()
    {
        var token = "Bearer " + _issuer.CreateToken(ServiceUrl);
        Assert.Equal(BotAuthStatus.Authenticated, (await Authenticate(token)).Status);

        var replayed = await Authenticate(token, serviceUrl: "https://smba.trafficmanager.net/amer/");

        Assert.Equal(BotAuthStatus.Unauthorized, replayed.Status);
    }

    [Fact]
    public async Task Authenticate_SameTokenAgain_StillNeedsEndorsement()
    {
        var token = "Bearer " + _issuer.CreateToken(ServiceUrl);
        await Authenticate(token);
        Assert.Equal(BotAuthStatus.Forbidden, (await Authenticate(token, channelId: "webchat")).Status);
    }

    [Fact]
    public async Task Authenticate_SameTokenAfterItExpired_Unauthorized()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var token = "Bearer " + _issuer.CreateToken(ServiceUrl, notBefore: now.AddMinutes(-1), expires: now.AddMinutes(10));
        Assert.Equal(BotAuthStatus.Authenticated, (await Authenticate(token)).Status);

        _time.Advance(TimeSpan.FromMinutes(16));

        Assert.Equal(BotAuthStatus.Unauthorized, (await Authenticate(token)).Status);
    }

    [Fact]
    public async Task Authenticate_SameTokenAfterKeyWithdrawn_Unauthorized()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var token = "Bearer " + _issuer.CreateToken(ServiceUrl, notBefore: now.AddMinutes(-1), expires: now.AddDays(2));
        Assert.Equal(BotAuthStatus.Authenticated, (await Authenticate(token)).Status);

        _issuer.RemoveKey(_issuer.DefaultKid);
        _issuer.AddKey("key-rotated", "msteams");
        _time.Advance(SigningKeyStore.MaxAge + TimeSpan.FromMinutes(1));

        Assert.Equal(BotAuthStatus.Unauthorized, (await Authenticate(token)).Status);
    }

    [Fact]
    public async Task Authenticate_TokenWithoutNotBefore_Authenticated()
    {
        var token = _issuer.CreateToken(ServiceUrl, notBefore: DateTime.MinValue);
        Assert.Equal(BotAuthStatus.Authenticated, (await Authenticate("Bearer " + token)).Status);
        Assert.Equal(BotAuthStatus.Authenticated, (await Authenticate("Bearer " + token)).Status);
    }
}
