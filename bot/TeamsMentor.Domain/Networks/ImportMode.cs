namespace TeamsMentor.Domain.Networks;

/// <summary>How a written plan meets what is stored.</summary>
public enum ImportMode
{
    /// <summary>
    /// A full import: the document wins, but what only Teams knows is kept: linked channels, Entra ids the document
    /// leaves empty, and people who joined through Teams and are not in the document.
    /// </summary>
    Merge,

    /// <summary>An edit of the stored plan (exported, changed, written back): the document is exact; only linked channels are kept.</summary>
    Exact,
}
