namespace TeamsMentor.Bot.Tasks;

/// <summary>The progress-plan card's verbs (<see cref="ProgressPlanCardData"/> on each). Never rename one in use: posted cards carry them.</summary>
public static class ProgressPlanVerbs
{
    /// <summary>The sender's own view of the team's plan for the period: each task's steps, and the form to add one; also the card's refresh.</summary>
    public const string Open = "progressplan.open";

    /// <summary>Add one step (the form's task, what, who and by when) to the plan.</summary>
    public const string AddStep = "progressplan.addStep";
}
