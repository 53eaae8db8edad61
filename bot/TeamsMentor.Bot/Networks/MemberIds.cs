using System.Globalization;
using System.Text;

namespace TeamsMentor.Bot.Networks;

/// <summary>Ids for people who join through Teams: the team id, their name as a slug, and part of their Entra id.</summary>
public static class MemberIds
{
    public static string For(string teamId, string name, string aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(teamId);
        ArgumentNullException.ThrowIfNull(aadObjectId);
        var suffix = new string([.. aadObjectId.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).TakeLast(6)]);
        var slug = Slug(name);
        var id = $"{teamId}-{slug}".TrimEnd('-');
        id = id[..Math.Min(id.Length, 63 - suffix.Length - 1)].TrimEnd('-');
        return $"{id}-{suffix}";
    }

    public static string Slug(string? text)
    {
        var map = (text ?? "").ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal).Replace("å", "a", StringComparison.Ordinal);
        var normalized = map.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
