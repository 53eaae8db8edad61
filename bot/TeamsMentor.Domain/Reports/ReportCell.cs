using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Reports;

/// <summary>Where one team's status report for one gathering stands, as the organizers' matrix shows it.</summary>
public enum ReportCellState
{
    /// <summary>Not asked for yet: before the prompt's time and nothing prompted or saved.</summary>
    NotDue,
    /// <summary>Asked for (prompted, or its time has come), nothing saved yet, the deadline ahead.</summary>
    Open,
    /// <summary>Saved, not submitted, the deadline ahead (or reopened).</summary>
    Draft,
    Submitted,
    /// <summary>The deadline passed without a submitted report after the team was asked (a draft may exist).</summary>
    Missing,
    /// <summary>The deadline passed and the team was never prompted (the network came later, or the team could not be reached).</summary>
    NotAsked,
}

/// <param name="Late">Submitted after the deadline (it was reopened).</param>
/// <param name="HasDraft">A draft exists (shown with <see cref="ReportCellState.Missing"/>).</param>
public sealed record ReportCell(int Gathering, ReportCellState State, bool Late, bool HasDraft, string? SubmittedBy, DateTimeOffset? SubmittedAt, bool Reopened)
{
    /// <summary>
    /// The cell for <paramref name="report"/> (null: none saved) of a team for <paramref name="gathering"/> at
    /// <paramref name="now"/>; <paramref name="prompted"/>: the status prompt for it was sent (its wave exists).
    /// </summary>
    public static ReportCell For(LearningNetwork network, Gathering gathering, StatusReport? report, bool prompted, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(gathering);
        var deadline = Deadlines.StatusReport(network, gathering);
        var saved = report is { State: not StatusReportState.NotStarted } ? report : null;
        if (saved is { State: StatusReportState.Submitted })
        {
            return new ReportCell(gathering.Number, ReportCellState.Submitted, saved.SubmittedAt > deadline, false, saved.SubmittedBy, saved.SubmittedAt, saved.Reopened);
        }

        if (saved is not null)
        {
            var open = now < deadline || saved.Reopened;
            return new ReportCell(gathering.Number, open ? ReportCellState.Draft : ReportCellState.Missing, false, true, null, null, saved.Reopened);
        }

        var state = now >= deadline ? (prompted ? ReportCellState.Missing : ReportCellState.NotAsked)
            : prompted || now >= Deadlines.StatusPrompt(network, gathering, network.Schedule.StatusPromptDaysBefore) ? ReportCellState.Open
            : ReportCellState.NotDue;
        return new ReportCell(gathering.Number, state, false, false, null, null, false);
    }
}
