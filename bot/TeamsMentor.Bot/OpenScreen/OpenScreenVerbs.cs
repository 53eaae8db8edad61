namespace TeamsMentor.Bot.OpenScreen;

/// <summary>The open-screen cards' verbs (<see cref="OpenScreenCardData"/> on each). Never rename one in use: posted cards carry them.</summary>
public static class OpenScreenVerbs
{
    /// <summary>The scheduling form for the data's network (organizers only).</summary>
    public const string Form = "openscreen.form";

    /// <summary>Schedule an open screen, or change the data's session, from the form's <c>os.*</c> inputs.</summary>
    public const string Schedule = "openscreen.schedule";

    /// <summary>The form to change the data's session, prefilled.</summary>
    public const string Edit = "openscreen.edit";

    /// <summary>One session's card for its organizers: what it is, the answers so far, change and cancel.</summary>
    public const string Manage = "openscreen.manage";

    /// <summary>Where a session whose meeting was still being made stands: its card once scheduled, else "not yet".</summary>
    public const string Status = "openscreen.status";

    /// <summary>Cancel the data's session (<c>os.cancelComment</c>: a message to attendees).</summary>
    public const string Cancel = "openscreen.cancel";

    /// <summary>Answer the invite to the data's session with the data's choice (yes, maybe, no).</summary>
    public const string Rsvp = "openscreen.rsvp";

    /// <summary>The sender's own view of the invite (their answer shown); the invite's refresh.</summary>
    public const string View = "openscreen.view";
}
