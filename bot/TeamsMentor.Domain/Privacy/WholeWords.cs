using System.Text;

namespace TeamsMentor.Domain.Privacy;

/// <summary>
/// A name found in text only as whole words: «Anne Hansen» is not in «Marianne Hansen» or «Anne Hansenberg», but is in
/// «Anne Hansens rapport» (the genitive s; replaced, it reads «(slettet person)s rapport»). Case is ignored; a letter or
/// digit on either side means another word.
/// </summary>
public static class WholeWords
{
    public static bool Contains(string text, string words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(words);
        return Next(text, words, 0) >= 0;
    }

    public static string Replace(string text, string words, string replacement)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(words);
        var result = new StringBuilder(text.Length);
        var from = 0;
        for (var at = Next(text, words, 0); at >= 0; at = Next(text, words, from))
        {
            result.Append(text, from, at - from).Append(replacement);
            from = at + words.Length;
        }

        return result.Append(text, from, text.Length - from).ToString();
    }

    private static bool WordEnds(string text, int at) => at >= text.Length || !char.IsLetterOrDigit(text[at]);

    private static int Next(string text, string words, int start)
    {
        for (var at = text.IndexOf(words, start, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (WordEnds(text, end) || (text[end] is 's' or 'S' && WordEnds(text, end + 1))))
            {
                return at;
            }
        }

        return -1;
    }
}
