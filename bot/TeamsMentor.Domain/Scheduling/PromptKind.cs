namespace TeamsMentor.Domain.Scheduling;

/// <summary>What the bot pushes on a schedule.</summary>
public enum PromptKind
{
    /// <summary>The status-report card, to a team's channel.</summary>
    StatusPrompt,

    /// <summary>A reminder to a team that has not submitted its status report.</summary>
    StatusReminder,

    /// <summary>After the status-report deadline: who submitted, who is missing and the figures, to the organizers' channel.</summary>
    StatusDigest,

    /// <summary>The evaluation card, to every participant.</summary>
    Evaluation,

    /// <summary>A reminder to participants who have not answered the evaluation.</summary>
    EvaluationReminder,

    /// <summary>After a gathering that gave tasks: the progress-plan card, to the team (as the status report's prompt goes).</summary>
    ProgressPlanPrompt,

    /// <summary>A reminder to a team whose progress plan is not made yet.</summary>
    ProgressPlanReminder,

    /// <summary>To a team's advisor when no follow-up (veiledning) is booked some weeks into the period.</summary>
    FollowUpReminder,

    /// <summary>Each week while the network runs: every team's health and who has stalled, to the organizers' channel.</summary>
    HealthDigest,

    /// <summary>A reminder before an open-screen session.</summary>
    OpenScreenReminder,
    /// <summary>
    /// An upcoming open-screen session's invite, to the channels of the teams it invites: sent when it is scheduled;
    /// due here only when that was cut short (the session saved, its invite wave not complete).
    /// </summary>
    OpenScreenInvite,
}
