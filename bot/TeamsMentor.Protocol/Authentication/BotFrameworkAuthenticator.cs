using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsMentor.Protocol.Authentication;

/// <summary>
/// Validates the Bot Connector's bearer token on /api/messages with the seven checks of bot-protocol.md §1.3:
/// scheme, issuer, audience, lifetime (5 min skew), RS256/384/512 signature from the metadata's keys, the key's
/// endorsement of the activity's channel, and the <c>serviceurl</c> claim equal to the activity's serviceUrl.
/// </summary>
public sealed class BotFrameworkAuthenticator
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly SigningKeyStore _keys;
    private readonly IOptions<BotOptions> _options;
    private readonly TimeProvider _time;
    private readonly ValidatedTokenCache _validated;

    internal BotFrameworkAuthenticator(SigningKeyStore keys, IOptions<BotOptions> options, TimeProvider time)
    {
        _keys = keys;
        _options = options;
        _time = time;
        _validated = new ValidatedTokenCache(time);
    }

    /// <summary>Authenticates one request. <paramref name="channelId"/> and <paramref name="serviceUrl"/> come from the parsed activity.</summary>
    public async Task<BotAuthResult> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var options = _options.Value;
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return options.DangerouslyAllowUnauthenticatedRequests
                ? BotAuthResult.Anonymous()
                : BotAuthResult.Unauthorized("missing Authorization header");
        }

        if (!options.HasCredentials)
        {
            return BotAuthResult.Unauthorized("authentication is not configured (no Bot:AppId)");
        }

        // Check 1: exactly "Bearer <token>", scheme compared case-sensitively as BBD does.
        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal) || parts[1].Length == 0)
        {
            return BotAuthResult.Unauthorized("not a Bearer token");
        }

        var raw = parts[1];
        if (_validated.TryGet(raw, out var known))
        {
            return await RecheckAsync(raw, known, channelId, serviceUrl, options, cancellationToken);
        }

        if (!_handler.CanReadToken(raw))
        {
            return BotAuthResult.Unauthorized("malformed token");
        }

        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return BotAuthResult.Unauthorized("malformed token");
        }

        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return BotAuthResult.Unauthorized("signing algorithm not allowed");
        }

        // Check 2 early, as BBD does: do not spend a key lookup on foreign issuers.
        if (!string.Equals(token.Issuer, options.TokenIssuer, StringComparison.Ordinal))
        {
            return BotAuthResult.Unauthorized("wrong issuer");
        }

        var kid = token.Kid;
        if (string.IsNullOrEmpty(kid))
        {
            return BotAuthResult.Unauthorized("token has no key id");
        }

        var keySet = await _keys.GetAsync(cancellationToken);
        if (!keySet.Keys.ContainsKey(kid))
        {
            keySet = await _keys.RefreshForUnknownKeyAsync(cancellationToken);
        }

        if (!keySet.Keys.TryGetValue(kid, out var key))
        {
            return BotAuthResult.Unauthorized("unknown signing key");
        }

        // Checks 2-5: issuer, audience, lifetime with skew, signature.
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.TokenIssuer,
            ValidAudience = options.AppId,
            IssuerSigningKey = key,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            LifetimeValidator = ValidateLifetime,
            ValidateIssuerSigningKey = true,
        });
        if (!result.IsValid)
        {
            return BotAuthResult.Unauthorized(Describe(result.Exception));
        }

        var claim = result.Claims.TryGetValue("serviceurl", out var value) ? value as string : null;
        var validated = new ValidatedToken(kid, token.ValidFrom, token.ValidTo, claim);
        _validated.Add(raw, validated);
        return CheckActivityBinding(validated, keySet, channelId, serviceUrl, options);
    }

    /// <summary>A token verified before: re-check what can change (time, key set) and what depends on the activity.</summary>
    private async Task<BotAuthResult> RecheckAsync(
        string raw, ValidatedToken known, string? channelId, string? serviceUrl, BotOptions options, CancellationToken cancellationToken)
    {
        var keySet = await _keys.GetAsync(cancellationToken);
        if (!IsWithinLifetime(known.NotBefore, known.Expires) || !keySet.Keys.ContainsKey(known.Kid))
        {
            _validated.Remove(raw);
            return BotAuthResult.Unauthorized("token expired or its key was withdrawn");
        }

        return CheckActivityBinding(known, keySet, channelId, serviceUrl, options);
    }

    private static BotAuthResult CheckActivityBinding(
        ValidatedToken token, SigningKeySet keySet, string? channelId, string? serviceUrl, BotOptions options)
    {
        // Check 6: a key without endorsements vouches for nothing; otherwise it must endorse the activity's channel
        // (an empty channelId passes, as in BBD).
        if (!keySet.Endorsements.TryGetValue(token.Kid, out var endorsements) || endorsements.Count == 0
            || (!string.IsNullOrEmpty(channelId) && !endorsements.Contains(channelId)))
        {
            return BotAuthResult.Forbidden("signing key does not endorse the channel");
        }

        // Check 7: the serviceurl claim binds the token to the activity's serviceUrl.
        if (string.IsNullOrEmpty(token.ServiceUrl) || !string.Equals(token.ServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthResult.Unauthorized("serviceurl claim missing or different from the activity's serviceUrl");
        }

        return BotAuthResult.Authenticated(options.AppId!);
    }

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters) =>
        IsWithinLifetime(notBefore, expires);

    /// <summary>Check 4: <c>exp</c> required; <c>nbf</c> and <c>exp</c> honoured with 5 minutes of skew, by the injected clock.</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (expires is not { } exp || exp == DateTime.MinValue || now - ClockSkew > exp)
        {
            return false;
        }

        return notBefore is not { } nbf || nbf == DateTime.MinValue || now + ClockSkew >= nbf;
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException or SecurityTokenNotYetValidException => "token expired or not yet valid",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "invalid signature",
        SecurityTokenInvalidAlgorithmException => "signing algorithm not allowed",
        _ => "invalid token",
    };
}
