namespace TeamsMentor.Infrastructure.Delivery;

/// <summary>
/// An activity's JSON in up to four string properties: one Table property holds at most 64 KiB (32K UTF-16 chars),
/// an activity may be up to ~100 KB. Four chunks of 30,000 chars hold 120,000 chars, more than Teams accepts.
/// </summary>
public static class PayloadChunks
{
    public const int ChunkChars = 30_000;
    public const int Count = 4;

    public static string?[] Split(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > ChunkChars * Count)
        {
            throw new ArgumentException($"The activity is {json.Length} characters; at most {ChunkChars * Count} can be stored.", nameof(json));
        }

        var chunks = new string?[Count];
        for (var i = 0; i < Count && i * ChunkChars < json.Length; i++)
        {
            chunks[i] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - (i * ChunkChars)));
        }

        return chunks;
    }

    public static string? Join(params string?[] chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var joined = string.Concat(chunks.Where(c => c is not null));
        return joined.Length == 0 ? null : joined;
    }
}
