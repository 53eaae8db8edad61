using System.Security.Cryptography;
using System.Text;

namespace TeamsMentor.Domain.Evaluations;

/// <summary>
/// Keyed hashes (HMAC-SHA256 with a secret from configuration) that stand in for a person in evaluation storage. The
/// answer key enforces one answer per person and gathering; the pending key marks who has not answered yet (for
/// reminders). Both take the network and gathering, and each has its own purpose label, so without the secret neither
/// can be linked to a person, to each other, or to the same person's answers at other gatherings.
/// </summary>
public sealed class RespondentKeys
{
    public const int MinimumKeyBytes = 32;
    private readonly byte[] _key;

    public RespondentKeys(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The evaluation key must be at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        _key = [.. key];
    }

    public string AnswerKey(string networkId, int gathering, string aadObjectId) => Hash("answer", networkId, gathering, aadObjectId);

    public string PendingKey(string networkId, int gathering, string aadObjectId) => Hash("pending", networkId, gathering, aadObjectId);

    private string Hash(string purpose, string networkId, int gathering, string aadObjectId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(networkId);
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        // Unit separators keep the fields apart (no id can contain U+001F: ids are slugs and GUIDs).
        var message = Encoding.UTF8.GetBytes($"{purpose}\u001f{networkId}\u001f{gathering}\u001f{aadObjectId.ToLowerInvariant()}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, message));
    }
}
