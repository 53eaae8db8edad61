using System.Reflection;

namespace TeamsMentor.Bot.Tab;

/// <summary>
/// A problem's stable code (the <c>code</c> member of every problem the tab API answers): the tab shows the text it
/// has for the code in the person's language (<c>problem.{code}</c> in its locale files), never the host's English
/// prose, which stays in <c>detail</c> for other API clients. Made only here, so every problem has one of these.
/// </summary>
public sealed class ProblemCode
{
    private ProblemCode(string value) => Value = value;

    public string Value { get; }

    internal static ProblemCode Of(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>Every problem code the host answers with. A new code needs its nb and en text in the tab (checked by a test).</summary>
public static class ProblemCodes
{
    public static readonly ProblemCode NetworkNotFound = ProblemCode.Of("network.notFound");
    public static readonly ProblemCode OrganizersOnly = ProblemCode.Of("access.organizersOnly");
    public static readonly ProblemCode NotAnId = ProblemCode.Of("request.notAnId");
    public static readonly ProblemCode UnreadableBody = ProblemCode.Of("request.unreadable");
    public static readonly ProblemCode IfMatchRequired = ProblemCode.Of("request.ifMatchRequired");
    public static readonly ProblemCode StorageUnavailable = ProblemCode.Of("storage.unavailable");
    public static readonly ProblemCode StorageFailed = ProblemCode.Of("storage.failed");
    public static readonly ProblemCode StorageNotConfirmed = ProblemCode.Of("storage.notConfirmed");
    public static readonly ProblemCode DemoInvalidHours = ProblemCode.Of("demo.invalidHours");
    public static readonly ProblemCode ExportUnknownFormat = ProblemCode.Of("export.unknownFormat");
    public static readonly ProblemCode ReportNotFound = ProblemCode.Of("report.notFound");
    public static readonly ProblemCode ReportNoTeamOrGathering = ProblemCode.Of("report.noTeamOrGathering");
    public static readonly ProblemCode NudgeNotOpen = ProblemCode.Of("report.nudge.notOpen");
    public static readonly ProblemCode NudgeSubmitted = ProblemCode.Of("report.nudge.submitted");
    public static readonly ProblemCode NudgeUnreachable = ProblemCode.Of("report.nudge.unreachable");
    public static readonly ProblemCode LedgerNoWave = ProblemCode.Of("ledger.noWave");
    public static readonly ProblemCode OpenScreenNotFound = ProblemCode.Of("openScreen.notFound");
    public static readonly ProblemCode OpenScreenAlreadyStarted = ProblemCode.Of("openScreen.alreadyStarted");
    public static readonly ProblemCode OpenScreenChangedMeanwhile = ProblemCode.Of("openScreen.changedMeanwhile");
    public static readonly ProblemCode OpenScreenUnknownPeople = ProblemCode.Of("openScreen.unknownPeople");
    public static readonly ProblemCode OpenScreenNoGraph = ProblemCode.Of("openScreen.noGraph");
    public static readonly ProblemCode OpenScreenNoAttendanceReport = ProblemCode.Of("openScreen.noAttendanceReport");
    public static readonly ProblemCode OpenScreenGraphRefused = ProblemCode.Of("openScreen.graphRefused");
    public static readonly ProblemCode OpenScreenGraphUnavailable = ProblemCode.Of("openScreen.graphUnavailable");
    public static readonly ProblemCode OpenScreenCancelled = ProblemCode.Of("openScreen.cancelled");
    public static readonly ProblemCode OpenScreenNotStarted = ProblemCode.Of("openScreen.notStarted");
    public static readonly ProblemCode TaskNotFound = ProblemCode.Of("task.notFound");
    public static readonly ProblemCode TaskInvalid = ProblemCode.Of("task.invalid");
    public static readonly ProblemCode TaskChangedMeanwhile = ProblemCode.Of("task.changedMeanwhile");
    public static readonly ProblemCode TeamNotFound = ProblemCode.Of("team.notFound");
    public static readonly ProblemCode TeamNotYours = ProblemCode.Of("team.notYours");
    public static readonly ProblemCode PlanInvalid = ProblemCode.Of("plan.invalid");
    public static readonly ProblemCode NetworkIdTaken = ProblemCode.Of("network.idTaken");
    public static readonly ProblemCode NetworkStartNotAllowed = ProblemCode.Of("network.startNotAllowed");
    public static readonly ProblemCode PlanNewNetworkAdminsOnly = ProblemCode.Of("plan.newNetworkAdministratorsOnly");
    public static readonly ProblemCode AdministratorsOnly = ProblemCode.Of("access.administratorsOnly");
    public static readonly ProblemCode PrivacyQueryTooShort = ProblemCode.Of("privacy.queryTooShort");
    public static readonly ProblemCode PrivacyNetworkRequired = ProblemCode.Of("privacy.networkRequired");
    public static readonly ProblemCode PrivacyPersonNotFound = ProblemCode.Of("privacy.personNotFound");
    public static readonly ProblemCode PrivacyPlanRefused = ProblemCode.Of("privacy.planRefused");
    public static readonly ProblemCode PlanChanged = ProblemCode.Of("plan.changed");
    public static readonly ProblemCode PlanChangeNotPossible = ProblemCode.Of("plan.changeNotPossible");
    public static readonly ProblemCode PlanLockout = ProblemCode.Of("plan.lockout");
    public static readonly ProblemCode PlanGatheringNumbering = ProblemCode.Of("plan.gatheringNumbering");
    public static readonly ProblemCode PlanMemberNeedsTeam = ProblemCode.Of("plan.memberNeedsTeam");
    public static readonly ProblemCode AttendanceNotStarted = ProblemCode.Of("attendance.notStarted");
    public static readonly ProblemCode AttendanceUnknownPeople = ProblemCode.Of("attendance.unknownPeople");
    public static readonly ProblemCode AttendanceNoMeeting = ProblemCode.Of("attendance.noMeeting");
    public static readonly ProblemCode EvaluationGatheringNotStarted = ProblemCode.Of("evaluation.gatheringNotStarted");
    public static readonly ProblemCode EvaluationAlreadyOpen = ProblemCode.Of("evaluation.alreadyOpen");
    public static readonly ProblemCode EvaluationStableDelete = ProblemCode.Of("evaluation.stableDelete");
    public static readonly ProblemCode EvaluationStableChange = ProblemCode.Of("evaluation.stableChange");
    public static readonly ProblemCode SnapshotNotFound = ProblemCode.Of("snapshot.notFound");
    public static readonly ProblemCode FollowUpInvalid = ProblemCode.Of("followUp.invalid");
    public static readonly ProblemCode FollowUpNotFound = ProblemCode.Of("followUp.notFound");
    public static readonly ProblemCode FollowUpChanged = ProblemCode.Of("followUp.changed");
    public static readonly ProblemCode FollowUpNoGraph = ProblemCode.Of("followUp.noGraph");
    public static readonly ProblemCode FollowUpGraphRefused = ProblemCode.Of("followUp.graphRefused");
    public static readonly ProblemCode FollowUpGraphUnavailable = ProblemCode.Of("followUp.graphUnavailable");

    /// <summary>Every code above (for the test that the tab has a text for each).</summary>
    public static IReadOnlyList<ProblemCode> All { get; } =
        [.. typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(ProblemCode)).Select(f => (ProblemCode)f.GetValue(null)!)];
}
