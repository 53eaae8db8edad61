namespace TeamsMentor.Bot.Tasks;

/// <summary>The codes of a task save's field problems (the tab's texts: <c>issue.{code}</c>).</summary>
public static class TaskIssueCodes
{
    public const string BodyMissing = "task.bodyMissing";
    public const string ChooseState = "task.chooseState";
    public const string NotAMember = "task.notAMember";
    public const string TooManySteps = "task.tooManySteps";
    public const string StepTextRequired = "task.stepTextRequired";
    public const string StepTextTooLong = "task.stepTextTooLong";
    public const string StepIdTaken = "task.stepIdTaken";

    /// <summary>Every code above.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. typeof(TaskIssueCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];
}
