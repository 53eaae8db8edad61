using System.Text.Json.Nodes;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.CardKit;

/// <summary>
/// Ids read from a card's data (network, team, session, member, version): what comes back from a client may be forged,
/// so an id is taken only when it could be one of ours (at most <see cref="MaxLength"/> characters, no control
/// characters). A card data record reads as missing (and the action refuses it) when an id it needs is not one, or
/// when an id it may carry is there but is not one; nothing such reaches storage.
/// </summary>
public static class CardIds
{
    /// <summary>Plan ids are slugs of at most 63 characters; versions (ETags) about 40.</summary>
    public const int MaxLength = 128;

    /// <summary>The id in <paramref name="field"/>, or null when it is missing or could not be an id.</summary>
    public static string? Required(AdaptiveCardInvokeValue action, string field)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.DataString(field) is { } value && Valid(value) ? value : null;
    }

    /// <summary>False when <paramref name="field"/> holds something that is not an id; else true, with the id or null.</summary>
    public static bool Optional(AdaptiveCardInvokeValue action, string field, out string? value)
    {
        ArgumentNullException.ThrowIfNull(action);
        value = action.DataString(field);
        if (value is null)
        {
            return action.Data[field] is null or JsonValue; // absent, null or blank; an object or array there is forged
        }

        if (Valid(value))
        {
            return true;
        }

        value = null;
        return false;
    }

    private static bool Valid(string value) => value.Length <= MaxLength && !value.Any(char.IsControl);
}
