using System.Collections.Concurrent;

namespace TeamsMentor.Protocol.Authentication;

/// <summary>
/// Remembers tokens whose signature, issuer and audience were already verified. The Bot Connector sends the same
/// token with every activity for its whole lifetime, so re-verifying the RSA signature per request is wasted work:
/// the same string under the same key always verifies the same way. Only valid tokens are stored, entries leave at
/// expiry, and the caller still checks lifetime, key presence, endorsement and serviceurl on every request.
/// Tokens live only in this process's memory, like the credentials they are.
/// </summary>
internal sealed class ValidatedTokenCache(TimeProvider time)
{
    public const int MaxEntries = 4096;

    private readonly ConcurrentDictionary<string, ValidatedToken> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string rawToken, out ValidatedToken token) => _entries.TryGetValue(rawToken, out token!);

    public void Add(string rawToken, ValidatedToken token)
    {
        if (_entries.Count >= MaxEntries)
        {
            Prune();
        }

        _entries[rawToken] = token;
    }

    public void Remove(string rawToken) => _entries.TryRemove(rawToken, out _);

    private void Prune()
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (key, value) in _entries)
        {
            if (value.Expires.Add(BotFrameworkAuthenticator.ClockSkew) < now)
            {
                _entries.TryRemove(key, out _);
            }
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear(); // a burst of distinct valid tokens: start over rather than grow
        }
    }
}
