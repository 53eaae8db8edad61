using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsMentor.Domain.Privacy;

/// <summary>
/// A person in a stored value, as text and, when the value is JSON, string by string (a card's «Sølvi» may be stored as
/// <c>S\u00f8lvi</c>): whether it names them, and the value without them. A value that is the person (an id, an e-mail
/// address, a name) becomes null or <see cref="ErasedPerson.Name"/>; a list of ids loses the person's; text keeps its
/// words but the person's name and ids are replaced.
/// </summary>
public static class PersonalText
{
    /// <summary>The text, and each string inside it when it is JSON, named the person.</summary>
    public static bool NamedIn(string value, DataSubject subject, string? networkId)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(subject);
        return subject.IsNamedIn(value, networkId) || (ParseJson(value) is { } json && Strings(json).Any(s => subject.IsNamedIn(s, networkId)));
    }

    /// <summary>A value without the person: null if it was only the person's id, the neutral name if only the name.</summary>
    public static string? Redact(string value, DataSubject subject, string? networkId)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(subject);
        if (ParseJson(value) is { } json)
        {
            var redacted = RedactNode(json, subject, networkId);
            return redacted?.ToJsonString() ?? "null";
        }

        return RedactText(value, subject, networkId);
    }

    /// <summary>
    /// The value as the person may see it in an export: a JSON list of ids or names keeps only theirs (who came to a
    /// gathering names everyone who came); everything else as stored.
    /// </summary>
    public static string OnlyTheirs(string value, DataSubject subject, string? networkId)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(subject);
        return ParseJson(value) is { } json ? Keep(json, subject, networkId)?.ToJsonString() ?? "null" : value;
    }

    private static JsonNode? Keep(JsonNode? node, DataSubject subject, string? networkId)
    {
        switch (node)
        {
            case JsonArray a when a.Count > 0 && a.All(x => x is JsonValue v && v.TryGetValue<string>(out _)):
                return new JsonArray([.. a.Where(x => subject.IsNamedIn(x!.GetValue<string>(), networkId)).Select(x => x!.DeepClone())]);
            case JsonArray a:
                return new JsonArray([.. a.Select(x => Keep(x?.DeepClone(), subject, networkId))]);
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    o[key] = Keep(child?.DeepClone(), subject, networkId);
                }

                return o;
            default:
                return node;
        }
    }

    private static string? RedactText(string value, DataSubject subject, string? networkId)
    {
        var trimmed = value.Trim();
        if (IsId(trimmed, subject, networkId))
        {
            return null;
        }

        if (subject.Names.Any(n => string.Equals(n.Trim(), trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            return ErasedPerson.Name;
        }

        var text = value;
        foreach (var name in subject.TextNames.OrderByDescending(n => n.Length))
        {
            text = WholeWords.Replace(text, name.Trim(), ErasedPerson.Name);
        }

        foreach (var id in subject.Emails.Concat(subject.TeamsIds).Concat(subject.AadObjectIds).OrderByDescending(i => i.Length))
        {
            text = text.Replace(id, ErasedPerson.Id, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    /// <summary>A place in a list for someone erased ('~' is in no member id, so it never names anyone).</summary>
    public static string AnonymousToken() => "~" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));

    private static bool IsId(string value, DataSubject subject, string? networkId) =>
        subject.AadObjectIds.Contains(value, StringComparer.OrdinalIgnoreCase)
        || subject.TeamsIds.Concat(subject.Emails).Any(i => string.Equals(i, value, StringComparison.OrdinalIgnoreCase))
        || subject.MemberIdsIn(networkId).Contains(value, StringComparer.Ordinal);

    private static JsonNode? RedactNode(JsonNode? node, DataSubject subject, string? networkId)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    o[key] = RedactNode(child, subject, networkId);
                }

                return o;
            case JsonArray a:
                var items = a.Select(child => child?.DeepClone()).ToList();
                a.Clear();
                foreach (var child in items)
                {
                    // A list loses the person's id (who came, who was invited); other values are redacted in place.
                    if (child is JsonValue v && v.TryGetValue<string>(out var s) && IsId(s.Trim(), subject, networkId))
                    {
                        if (subject.KeepCounts)
                        {
                            a.Add(JsonValue.Create(AnonymousToken()));
                        }

                        continue;
                    }

                    a.Add(RedactNode(child, subject, networkId));
                }

                return a;
            case JsonValue v when v.TryGetValue<string>(out var text):
                return RedactText(text, subject, networkId) is { } redacted ? JsonValue.Create(redacted) : null;
            default:
                return node;
        }
    }

    /// <summary>The value as JSON when it is a JSON object or array; null for other text (also text that only starts like JSON).</summary>
    public static JsonNode? ParseJson(string value)
    {
        var t = value.AsSpan().TrimStart();
        if (t.Length == 0 || (t[0] != '{' && t[0] != '['))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return null; // text that only starts like JSON
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
