using System.Security.Cryptography;
using System.Text;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// The report overview's "complete" mark: an HMAC of the report's network, team, gathering and stored version, under the
/// app's secret (<c>Evaluations:AnswerKey</c>, with its own purpose label). The overview carries it on its submit
/// button when every section of that version is done, so submitting needs no read: the write is guarded by the same
/// version, and a forged or stale mark is simply checked the slow way (read, validate).
/// </summary>
public sealed class ReportSeal
{
    private readonly byte[] _key;

    public ReportSeal(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = [.. key];
    }

    public string Complete(string networkId, string teamId, int gathering, string version) =>
        Convert.ToHexStringLower(Hash(networkId, teamId, gathering, version));

    /// <summary>Whether <paramref name="mark"/> is this version's "complete" mark (compared in constant time).</summary>
    public bool IsComplete(string? mark, string networkId, string teamId, int gathering, string? version)
    {
        if (string.IsNullOrEmpty(mark) || string.IsNullOrEmpty(version) || mark.Length != 64)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(mark);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, Hash(networkId, teamId, gathering, version));
    }

    private byte[] Hash(string networkId, string teamId, int gathering, string version) =>
        // Unit separators keep the fields apart (ids are slugs; an ETag has no U+001F).
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"report-complete\u001f{networkId}\u001f{teamId}\u001f{gathering}\u001f{version}"));
}
