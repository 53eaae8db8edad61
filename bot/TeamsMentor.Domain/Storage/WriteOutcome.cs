namespace TeamsMentor.Domain.Storage;

/// <summary>The result of a guarded write: saved, someone else changed it first (reload and retry), or it is gone.</summary>
public enum WriteOutcome
{
    Saved,
    Conflict,
    NotFound,

    /// <summary>Storage refused or failed; part of a multi-row write may be saved (repeat it: writes are idempotent).</summary>
    Failed,
}
