namespace TeamsMentor.Domain.OpenScreen;

/// <summary>Where an attendance list came from.</summary>
public enum AttendanceSource
{
    /// <summary>Ticked off by an organizer.</summary>
    Manual,

    /// <summary>Imported from the Teams meeting's attendance report (Microsoft Graph).</summary>
    MeetingReport,
}
