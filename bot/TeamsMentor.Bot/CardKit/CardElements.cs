using System.Text.Json.Nodes;

namespace TeamsMentor.Bot.CardKit;

/// <summary>
/// Small constructors for Adaptive Card 1.5 JSON (the highest version Teams supports for bot cards).
/// Cards are plain <see cref="JsonObject"/>s; every card the bot sends is checked by the real adaptivecards parser in tests.
/// </summary>
public static class CardElements
{
    public const string Version = "1.5";
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    public static JsonObject Card(string fallbackText, JsonArray body, JsonArray? actions = null, string? speak = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["fallbackText"] = fallbackText,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        if (speak is not null)
        {
            card["speak"] = speak;
        }

        return card;
    }

    /// <summary>
    /// Registers a Teams mention of a person on the card (<c>msteams.entities</c>; Teams accepts the Entra object id) and
    /// returns the markup to put in a TextBlock: the entity's text must appear there exactly, or Teams drops the mention.
    /// </summary>
    public static string Mention(JsonObject card, string aadObjectId, string name)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var markup = $"<at>{name}</at>";
        var msteams = card["msteams"] as JsonObject ?? (JsonObject)(card["msteams"] = new JsonObject());
        var entities = msteams["entities"] as JsonArray ?? (JsonArray)(msteams["entities"] = new JsonArray());
        entities.Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = markup,
            ["mentioned"] = new JsonObject { ["id"] = aadObjectId, ["name"] = name },
        });
        return markup;
    }

    public static JsonObject Text(string text, string? size = null, string? weight = null, bool subtle = false, string? spacing = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (spacing is not null)
        {
            block["spacing"] = spacing;
        }

        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    /// <summary>A Universal Action: Teams sends an <c>adaptiveCard/action</c> invoke with <paramref name="verb"/> and <paramref name="data"/>.</summary>
    public static JsonObject Execute(string title, string verb, JsonObject? data = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb };
        if (data is not null)
        {
            action["data"] = data;
        }

        return action;
    }

    /// <summary>A message in the card itself, e.g. why an action was refused (shown in the attention colour).</summary>
    public static JsonObject Attention(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
        ["color"] = "Attention",
        ["weight"] = "Bolder",
    };

    /// <summary>
    /// A confirmation ("saved", "linked"): a ✓ and the text in the host's default colour, on the host's "good" container
    /// background. Never green text: Teams' light green on white is too faint to read (WCAG 1.4.3), and the ✓ says it
    /// without colour (1.4.1).
    /// </summary>
    public static JsonObject Good(string text) => new()
    {
        ["type"] = "Container",
        ["style"] = "good",
        ["items"] = new JsonArray(new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = text.StartsWith('✓') ? text : "✓ " + text,
            ["wrap"] = true,
        }),
    };

    /// <summary>A drop-down (or checkboxes when <paramref name="multiSelect"/>), with its label and required message.</summary>
    public static JsonObject Choices(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value = null,
        bool multiSelect = false, string? requiredMessage = null)
    {
        var set = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["style"] = multiSelect ? "expanded" : "compact",
            ["isMultiSelect"] = multiSelect,
            ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
        };
        if (value is not null)
        {
            set["value"] = value;
        }

        if (requiredMessage is not null)
        {
            set["isRequired"] = true;
            set["errorMessage"] = requiredMessage;
        }

        return set;
    }
}
