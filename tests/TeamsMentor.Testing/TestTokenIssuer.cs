using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsMentor.Testing;

/// <summary>
/// Plays the Bot Framework token service: RSA keys with channel endorsements, published through
/// <see cref="MetadataHandler"/> as OpenID metadata + JWKS, and real RS256/384/512-signed tokens.
/// </summary>
public sealed class TestTokenIssuer : IDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string MetadataUrl = "https://login.botframework.test/v1/.well-known/openidconfiguration";
    public const string JwksUrl = "https://login.botframework.test/v1/.well-known/keys";

    private readonly Dictionary<string, (RSA Rsa, string[] Endorsements)> _keys = new(StringComparer.Ordinal);
    private readonly List<RSA> _unpublished = [];

    public TestTokenIssuer(string appId, string kid = "key-1", params string[] endorsements)
    {
        AppId = appId;
        AddKey(kid, endorsements.Length == 0 ? ["msteams"] : endorsements);
        DefaultKid = kid;
    }

    public string AppId { get; }

    public string DefaultKid { get; }

    public MetadataHandler Handler => new(this);

    /// <summary>How many times the metadata document was fetched.</summary>
    public int MetadataFetches;

    /// <summary>Withdraws a key from the published set (the next metadata fetch no longer has it).</summary>
    public void RemoveKey(string kid) => _keys.Remove(kid);

    /// <summary>Publishes another key (key rotation).</summary>
    public void AddKey(string kid, params string[] endorsements) => _keys[kid] = (RSA.Create(2048), endorsements);

    public string CreateToken(
        string serviceUrl,
        string? kid = null,
        string? issuer = null,
        string? audience = null,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        bool includeServiceUrl = true,
        bool signWithUnpublishedKey = false,
        IDictionary<string, object>? claims = null)
    {
        kid ??= DefaultKid;
        RSA rsa;
        if (signWithUnpublishedKey)
        {
            rsa = RSA.Create(2048);
            _unpublished.Add(rsa);
        }
        else
        {
            rsa = _keys.TryGetValue(kid, out var k) ? k.Rsa : CreateOrphan();
        }

        var now = DateTime.UtcNow;
        var all = new Dictionary<string, object> { ["appid"] = AppId };
        if (includeServiceUrl)
        {
            all["serviceurl"] = serviceUrl;
        }

        foreach (var (k, v) in claims ?? new Dictionary<string, object>())
        {
            all[k] = v;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? BotFrameworkIssuer,
            Audience = audience ?? AppId,
            NotBefore = notBefore == DateTime.MinValue ? null : notBefore ?? now.AddMinutes(-1), // MinValue: no nbf claim
            Expires = expires ?? now.AddMinutes(30),
            IssuedAt = notBefore == DateTime.MinValue ? null : notBefore ?? now.AddMinutes(-1),
            Claims = all,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = kid }, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An HS256 token signed with a shared secret: must always be refused.</summary>
    public string CreateSymmetricToken(string serviceUrl)
    {
        var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = DefaultKid };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = BotFrameworkIssuer,
            Audience = AppId,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            Expires = DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>).</summary>
    public string CreateUnsignedToken(string serviceUrl) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = BotFrameworkIssuer,
            Audience = AppId,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            Expires = DateTime.UtcNow.AddMinutes(30),
        });

    public string MetadataJson() => new JsonObject
    {
        ["issuer"] = BotFrameworkIssuer,
        ["authorization_endpoint"] = "https://invalid.botframework.test",
        ["jwks_uri"] = JwksUrl,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    public string JwksJson()
    {
        var keys = new JsonArray();
        foreach (var (kid, (rsa, endorsements)) in _keys)
        {
            var p = rsa.ExportParameters(false);
            keys.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = kid,
                ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray()),
            });
        }

        return new JsonObject { ["keys"] = keys }.ToJsonString();
    }

    public void Dispose()
    {
        foreach (var (rsa, _) in _keys.Values)
        {
            rsa.Dispose();
        }

        foreach (var rsa in _unpublished)
        {
            rsa.Dispose();
        }
    }

    private RSA CreateOrphan()
    {
        var rsa = RSA.Create(2048);
        _unpublished.Add(rsa);
        return rsa;
    }
}
