namespace TeamsMentor.Domain.Evaluations;

/// <summary>
/// Which groups' results may not be shown apart. A group with fewer answers than the network's minimum (3 by default) is suppressed (primary). Because the
/// network's total is shown too, the suppressed groups together could be recovered by subtraction; when they hold fewer
/// than the minimum between them, the smallest shown groups are suppressed as well (secondary) until they hold enough.
/// </summary>
public static class SmallGroups
{
    /// <summary>The fewest answers a group's results are shown for: the default, and the least a network may set.</summary>
    public const int Minimum = 3;

    /// <summary>The most a network may set.</summary>
    public const int MaximumSetting = 20;

    public static IReadOnlySet<string> Suppressed(IReadOnlyDictionary<string, int> sizes, int minimum = Minimum)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var suppressed = sizes.Where(s => s.Value > 0 && s.Value < minimum).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var hidden = suppressed.Sum(g => sizes[g]);
        var shown = sizes.Where(s => s.Value >= minimum).OrderBy(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key).ToList();
        foreach (var group in shown)
        {
            if (hidden == 0 || hidden >= minimum)
            {
                break;
            }

            suppressed.Add(group);
            hidden += sizes[group];
        }

        return suppressed;
    }
}
