using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace TeamsMentor.Protocol.Authentication;

/// <summary>
/// Fetches and caches the OpenID metadata and JWKS of the Bot Framework (bot-protocol.md §1.2). The copy is renewed
/// when older than <see cref="MaxAge"/> (the spec asks for at least every 24 h), and at most once per
/// <see cref="MinRefreshInterval"/> when a token names a key we do not know. A failed refresh keeps the last good copy
/// and is not retried for <see cref="MinRefreshInterval"/> (no refetch storm during an outage). Fetches run on the
/// store's own cancellation, so a caller that gives up cannot leave a refresh half done.
/// </summary>
internal sealed class SigningKeyStore(
    HttpClient http,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<SigningKeyStore> logger) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);
    public static readonly TimeSpan MinRefreshInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);
    private SigningKeySet? _current;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;
    private DateTimeOffset _lastFailure = DateTimeOffset.MinValue;

    /// <summary>Number of completed metadata fetches (for diagnostics and tests).</summary>
    public int FetchCount { get; private set; }

    /// <summary>The current keys, fetched on first use and renewed when stale.</summary>
    public async Task<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && time.GetUtcNow() - current.FetchedAt < MaxAge)
        {
            return current;
        }

        return await RefreshAsync(force: false, cancellationToken);
    }

    /// <summary>Refetches because a token used an unknown key id; rate limited so forged kids cannot hammer the metadata endpoint.</summary>
    public async Task<SigningKeySet> RefreshForUnknownKeyAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - _lastForcedRefresh < MinRefreshInterval && _current is not null)
        {
            return _current;
        }

        return await RefreshAsync(force: true, cancellationToken);
    }

    private async Task<SigningKeySet> RefreshAsync(bool force, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (_current is not null && !force && now - _current.FetchedAt < MaxAge)
            {
                return _current; // another caller refreshed while we waited
            }

            if (force && _current is not null && now - _lastForcedRefresh < MinRefreshInterval)
            {
                return _current; // another caller just refreshed for an unknown key
            }

            if (now - _lastFailure < MinRefreshInterval)
            {
                return _current ?? throw new SigningKeysUnavailableException("The Bot Framework signing keys could not be fetched; retrying shortly.");
            }

            try
            {
                using var timeout = new CancellationTokenSource(FetchTimeout);
                _current = await FetchAsync(now, timeout.Token);
                FetchCount++;
                AuthenticationLog.KeysRefreshed(logger, _current.Keys.Count);
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException or ArgumentException or OperationCanceledException)
            {
                _lastFailure = now;
                AuthenticationLog.KeysRefreshFailed(logger, ex);
                if (_current is null)
                {
                    throw new SigningKeysUnavailableException("The Bot Framework signing keys could not be fetched.", ex);
                }
            }
            finally
            {
                if (force)
                {
                    _lastForcedRefresh = now;
                }
            }

            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SigningKeySet> FetchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var metadataUrl = new Uri(options.Value.OpenIdMetadataUrl);
        using var metadata = await GetJsonAsync(metadataUrl, cancellationToken);
        var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var j) && j.ValueKind == JsonValueKind.String
            ? j.GetString() : null;
        if (!Uri.TryCreate(jwksUri, UriKind.Absolute, out var jwks) || !MetadataUrlRules.IsAcceptable(jwks))
        {
            throw new InvalidOperationException("The OpenID metadata has no acceptable jwks_uri.");
        }

        var issuer = metadata.RootElement.TryGetProperty("issuer", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        using var keySet = await GetJsonAsync(jwks, cancellationToken);
        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        if (!keySet.RootElement.TryGetProperty("keys", out var keyArray) || keyArray.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException("The JWKS document has no 'keys' array.");
        }

        foreach (var element in keyArray.EnumerateArray())
        {
            var jwk = JsonWebKey.Create(element.GetRawText());
            if (string.IsNullOrEmpty(jwk.Kid) || jwk.Kty != JsonWebAlgorithmsKeyTypes.RSA)
            {
                continue;
            }

            keys[jwk.Kid] = jwk;
            endorsements[jwk.Kid] = ReadEndorsements(element);
        }

        return new SigningKeySet(keys, endorsements, issuer, now);
    }

    private static HashSet<string> ReadEndorsements(JsonElement key)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (key.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s)
                {
                    set.Add(s);
                }
            }
        }

        return set;
    }

    private async Task<JsonDocument> GetJsonAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(uri, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }

    public void Dispose() => _gate.Dispose();
}
