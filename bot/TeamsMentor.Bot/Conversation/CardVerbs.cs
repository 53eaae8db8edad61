namespace TeamsMentor.Bot.Conversation;

/// <summary>The <c>Action.Execute</c> verbs the bot answers. A verb is part of a card's contract: never rename one in use.</summary>
public static class CardVerbs
{
    /// <summary>Re-render the help card in the locale given in <c>data.locale</c>.</summary>
    public const string HelpLanguage = "help.language";

    /// <summary>Link the channel to <c>data.team</c> (<c>network/team</c>). Organizers only.</summary>
    public const string TeamLink = "team.link";

    /// <summary>Save who the sender is and their roles (<c>data.network</c>, <c>data.team</c>, <c>data.member</c>, <c>data.roles</c>).</summary>
    public const string MemberRole = "member.role";

    /// <summary>The sender's own view of a status report (<c>data.network</c>, <c>data.team</c>, <c>data.gathering</c>); also the card's refresh.</summary>
    public const string ReportOpen = "report.open";

    /// <summary>Save the status report's inputs as a draft (<c>data.version</c>: the version the form was built from).</summary>
    public const string ReportSave = "report.save";

    /// <summary>Submit the status report (validated as complete).</summary>
    public const string ReportSubmit = "report.submit";

    /// <summary>Reopen a report after its deadline. Organizers only.</summary>
    public const string ReportReopen = "report.reopen";

    /// <summary>The sender's own view of an evaluation (<c>data.network</c>, <c>data.gathering</c>; <c>data.edit</c>: the form even when answered); also the card's refresh.</summary>
    public const string EvaluationOpen = "evaluation.open";

    /// <summary>Send (or change) the sender's evaluation answer.</summary>
    public const string EvaluationSubmit = "evaluation.submit";

    /// <summary>The open-screen scheduling form for <c>data.network</c> (organizers only).</summary>
    public const string OpenScreenForm = "openscreen.form";

    /// <summary>Schedule an open screen (<c>data.network</c>), or change <c>data.session</c>, from the form's <c>os.*</c> inputs.</summary>
    public const string OpenScreenSchedule = "openscreen.schedule";

    /// <summary>The form to change <c>data.session</c>, prefilled.</summary>
    public const string OpenScreenEdit = "openscreen.edit";

    /// <summary>One session's card for its organizers: what it is, the answers so far, change and cancel.</summary>
    public const string OpenScreenManage = "openscreen.manage";

    /// <summary>Cancel <c>data.session</c> (<c>os.cancelComment</c>: a message to attendees).</summary>
    public const string OpenScreenCancel = "openscreen.cancel";

    /// <summary>Answer the invite to <c>data.session</c>: <c>data.choice</c> is yes, maybe or no.</summary>
    public const string OpenScreenRsvp = "openscreen.rsvp";

    /// <summary>The sender's own view of the invite (their answer shown); the invite's refresh.</summary>
    public const string OpenScreenView = "openscreen.view";
}
