using System.Text.Json.Nodes;

namespace TeamsMentor.Testing;

/// <summary>Looking into card JSON in tests: every text in it, and the first object anywhere (body, action sets, show-cards) that matches.</summary>
public static class CardNodes
{
    /// <summary>Every string and number value in the node, one per line.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => Text(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Text)),
        JsonValue v => v.ToString(),
        _ => "",
    };

    /// <summary>Every object in the node, depth first (the body, action sets, show-cards, actions).</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var child in o.SelectMany(p => Objects(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(Objects))
                {
                    yield return child;
                }

                break;
        }
    }

    /// <summary>The card's Action.Execute buttons with <paramref name="verb"/>: its actions and those in the body's action sets, in order.</summary>
    public static List<JsonObject> Buttons(JsonNode? node, string verb) =>
        [.. Objects(node).Where(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb)];

    /// <summary>The first object (depth first) that satisfies <paramref name="match"/>; fails the test when there is none.</summary>
    public static JsonObject Find(JsonNode? node, Func<JsonObject, bool> match) =>
        Objects(node).FirstOrDefault(match) ?? throw new Xunit.Sdk.XunitException("Not in the card: " + node?.ToJsonString());
}
