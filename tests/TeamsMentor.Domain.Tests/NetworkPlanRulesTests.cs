using TeamsMentor.Domain.Networks;
using static TeamsMentor.Domain.Tests.SamplePlan;

namespace TeamsMentor.Domain.Tests;

public sealed class NetworkPlanRulesTests
{
    private static IReadOnlyList<PlanIssue> Errors(NetworkPlan plan) =>
        NetworkPlanRules.Validate(plan).Where(i => i.Severity == PlanIssueSeverity.Error).ToList();

    [Fact]
    public void Validate_SamplePlan_NoErrors()
    {
        Assert.Empty(Errors(Create()));
    }

    [Fact]
    public void Validate_TeamWithoutUnionRep_WarningNotError()
    {
        var issues = NetworkPlanRules.Validate(Create());
        var warning = Assert.Single(issues, i => i.Path == "$.teams[1].members");
        Assert.Equal(PlanIssueSeverity.Warning, warning.Severity);
        Assert.Contains("tillitsvalgt", warning.Message, StringComparison.Ordinal);
        Assert.False(NetworkPlanRules.HasErrors(issues));
    }

    [Fact]
    public void Validate_GatheringsOutOfOrder_ErrorAtTheRightPath()
    {
        var plan = Create(
            Gathering(1, Local(2022, 9, 1, 11), Local(2022, 9, 2, 13)),
            Gathering(2, Local(2022, 8, 25, 9), Local(2022, 8, 25, 15)));
        var errors = Errors(plan);
        Assert.Contains(errors, e => e.Path == "$.gatherings[1].start" && e.Message.Contains("in order", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.tasks[1].dueBefore"); // due before gathering 3, which no longer exists
    }

    [Fact]
    public void Validate_SeveralProblems_AllReportedAtOnce()
    {
        var plan = Create() with
        {
            Teams = [Create().Teams[0] with { ContactPersonId = "nobody", MunicipalityId = "oslo" }, Create().Teams[1]],
            Tasks = [new TaskItem { Id = "Bad Id", Title = "", GivenAt = 9 }],
        };

        var paths = Errors(plan).Select(e => e.Path).ToList();

        Assert.Contains("$.teams[0].contactPerson", paths);
        Assert.Contains("$.teams[0].municipality", paths);
        Assert.Contains("$.tasks[0].id", paths);
        Assert.Contains("$.tasks[0].title", paths);
        Assert.Contains("$.tasks[0].givenAt", paths);
    }

    [Fact]
    public void Validate_TaskGivenAtLastGatheringWithoutDueAt_Error()
    {
        var plan = Create() with { Tasks = [new TaskItem { Id = "sluttrapport", Title = "Sluttrapport", GivenAt = 3 }] };
        Assert.Equal("$.tasks[0].dueAt", Assert.Single(Errors(plan)).Path);
    }

    [Fact]
    public void Validate_DuplicateMemberIds_PointToBoth()
    {
        var plan = Create() with { Members = [.. Create().Members, new Member { Id = "per", TeamId = "dyroy", Name = "Per To" }] };
        var error = Assert.Single(Errors(plan));
        Assert.Equal("$.teams[1].members[1].id", error.Path);             // the second use, in Dyrøy's list
        Assert.Contains("already used at $.teams[0].members[0]", error.Message, StringComparison.Ordinal); // names the first
        Assert.Equal(PlanIssueSeverity.Error, error.Severity);
    }

    [Fact]
    public void Validate_GatheringNumbersNotConsecutive_Error()
    {
        var plan = Create(Gathering(1, Local(2022, 9, 1, 11), Local(2022, 9, 2, 13)), Gathering(3, Local(2022, 11, 25, 9), Local(2022, 11, 25, 15)));
        Assert.Contains(Errors(plan), e => e.Path == "$.gatherings[1].number");
    }

    [Fact]
    public void Validate_ReminderAfterDeadline_ScheduleError()
    {
        var network = Create().Network with { Schedule = new PromptSchedule { StatusReminderDaysBefore = [7, 0] } };
        Assert.Contains(Errors(Create() with { Network = network }), e => e.Path == "$.schedule.statusReminderDaysBefore[1]");
    }

    [Theory]
    [InlineData("tromso", true)]
    [InlineData("tromso-sone-1", true)]
    [InlineData("Tromsø", false)]
    [InlineData("-x", false)]
    [InlineData("", false)]
    public void IsSlug(string id, bool expected) => Assert.Equal(expected, NetworkPlanRules.IsSlug(id));

    [Fact]
    public void ContactOf_NamedPerson_ElseTheRole_NeverSomeoneOnAnotherTeam()
    {
        var plan = SamplePlan.Create();
        Assert.Equal("per", plan.ContactOf(plan.Teams[0])?.Id);
        Assert.Null(plan.ContactOf(plan.Teams[1])); // Dyrøy names nobody and nobody holds the role

        var byRole = plan with { Teams = [plan.Teams[0] with { ContactPersonId = null }, plan.Teams[1]] };
        Assert.Equal("per", byRole.ContactOf(byRole.Teams[0])?.Id);

        var elsewhere = plan with { Teams = [plan.Teams[0], plan.Teams[1] with { ContactPersonId = "per" }] };
        Assert.Null(elsewhere.ContactOf(elsewhere.Teams[1]));
    }
}
