using System.Globalization;
using System.Text;

namespace TeamsMentor.Infrastructure.Storage;

/// <summary>
/// Makes any id safe as a PartitionKey or RowKey: Table Storage forbids '/', '\', '#', '?', control characters and
/// a few others, and Teams ids contain ':', ';' and '@'. Escapes with '%XX' so keys stay readable and reversible.
/// </summary>
public static class TableKeys
{
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c) || c is >= '\u007F' and <= '\u009F')
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == '%' && i + 2 < key.Length
                && int.TryParse(key.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 2;
            }
            else
            {
                builder.Append(key[i]);
            }
        }

        return builder.ToString();
    }
}
