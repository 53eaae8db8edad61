namespace TeamsMentor.Domain.Evaluations;

/// <summary>
/// Which groups' results may not be shown apart. A group with 1 or 2 answers is suppressed (primary). Because the
/// network's total is shown too, the suppressed groups together could be recovered by subtraction; when they hold fewer
/// than the minimum between them, the smallest shown groups are suppressed as well (secondary) until they hold enough.
/// </summary>
public static class SmallGroups
{
    /// <summary>The fewest answers a group's results are shown for.</summary>
    public const int Minimum = 3;

    public static IReadOnlySet<string> Suppressed(IReadOnlyDictionary<string, int> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var suppressed = sizes.Where(s => s.Value is > 0 and < Minimum).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var hidden = suppressed.Sum(g => sizes[g]);
        var shown = sizes.Where(s => s.Value >= Minimum).OrderBy(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key).ToList();
        foreach (var group in shown)
        {
            if (hidden is 0 or >= Minimum)
            {
                break;
            }

            suppressed.Add(group);
            hidden += sizes[group];
        }

        return suppressed;
    }
}
