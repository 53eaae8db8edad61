using Microsoft.IdentityModel.Tokens;

namespace TeamsMentor.Protocol.Authentication;

/// <summary>One fetched copy of the Bot Framework signing keys, with each key's channel endorsements.</summary>
internal sealed record SigningKeySet(
    IReadOnlyDictionary<string, SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements,
    string? Issuer,
    DateTimeOffset FetchedAt);
