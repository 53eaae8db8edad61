using System.Text;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;

namespace TeamsMentor.Domain.Tests;

public sealed class NetworkPlanDocumentTests
{
    private static PlanReadResult Read(string json) => NetworkPlanDocument.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Read_NordPlan_ValidWithRealCalendarAndDyroyWarning()
    {
        var result = NetworkPlanDocument.Read(PlanFiles.Read("mentorprogram-nord.json"));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var plan = result.Plan!;
        Assert.Equal("mentorprogram-nord", plan.Network.Id);
        Assert.Equal(7, plan.Gatherings.Count);
        Assert.Equal(new DateTimeOffset(2022, 9, 1, 0, 0, 0, TimeSpan.FromHours(2)).Date, plan.Gatherings[0].Start.Date);
        Assert.Equal(TimeSpan.FromHours(2), plan.Gatherings[0].Start.Offset);     // summer time
        Assert.Equal(TimeSpan.FromHours(1), plan.Gatherings[1].Start.Offset);     // 25 Nov 2022: winter time
        Assert.Equal(new DateTime(2024, 10, 30), plan.Gatherings[6].Start.Date);
        Assert.Equal(["dyroy", "hammerfest", "senja", "tromso"], plan.Network.Municipalities.Select(m => m.Id).Order());
        Assert.Equal(4, plan.Teams.Count(t => t.MunicipalityId == "tromso"));
        Assert.Contains(result.Warnings, w => w.Message.Contains("tillitsvalgt", StringComparison.Ordinal));
        Assert.Contains(plan.EvaluationItems, i => i.Id == "motivasjon" && i.Stable && i.TextNb.StartsWith("Et mentorprogram vil styrke", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_VikenPlan_ValidWithNineGatherings()
    {
        var result = NetworkPlanDocument.Read(PlanFiles.Read("viken-ostfold.json"));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(9, result.Plan!.Gatherings.Count);
    }

    [Fact]
    public void Read_NotJson_OneErrorWithLine()
    {
        var result = Read("{\n  \"id\": \"x\",\n  oops\n}");
        var error = Assert.Single(result.Issues);
        Assert.Equal("$", error.Path);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyObject_EveryRequiredSectionReported()
    {
        var paths = Read("{}").Errors.Select(e => e.Path).ToList();
        Assert.Contains("$.id", paths);
        Assert.Contains("$.name", paths);
        Assert.Contains("$.period", paths);
        Assert.Contains("$.organizers", paths);
        Assert.Contains("$.municipalities", paths);
        Assert.Contains("$.teams", paths);
        Assert.Contains("$.gatherings", paths);
    }

    [Fact]
    public void Read_WrongTypesAndTypos_AllReportedWithPaths()
    {
        var json = Encoding.UTF8.GetString(PlanFiles.Read("mentorprogram-nord.json"))
            .Replace("\"number\": 2,", "\"number\": \"two\",", StringComparison.Ordinal)
            .Replace("\"start\": \"2023-04-26T", "\"start\": \"26.04.2023 ", StringComparison.Ordinal)
            .Replace("\"givenAt\"", "\"givenAtt\"", StringComparison.Ordinal);

        var result = Read(json);

        Assert.False(result.IsValid);
        var paths = result.Errors.Select(e => e.Path).ToList();
        Assert.Contains("$.gatherings[1].number", paths);
        Assert.Contains("$.gatherings[2].start", paths);
        Assert.Contains(paths, p => p.StartsWith("$.tasks[0].givenAtt", StringComparison.Ordinal));
        Assert.Contains(paths, p => p == "$.tasks[0].givenAt");
    }

    [Fact]
    public void Read_UnknownRole_ErrorAtRolePath()
    {
        var json = Encoding.UTF8.GetString(PlanFiles.Read("mentorprogram-nord.json"));
        var index = json.IndexOf("\"roles\": [", StringComparison.Ordinal);
        json = json[..index] + "\"roles\": [\"boss\", " + json[(index + "\"roles\": [".Length)..];

        var error = Assert.Single(Read(json).Errors);

        Assert.Equal("$.teams[0].members[0].roles[0]", error.Path);
        Assert.Contains("leader", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongFormatVersion_Error()
    {
        var json = Encoding.UTF8.GetString(PlanFiles.Read("mentorprogram-nord.json")).Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal);
        Assert.Contains(Read(json).Errors, e => e.Path == "$.formatVersion");
    }

    [Fact]
    public void WriteThenRead_NordPlan_SamePlan()
    {
        var original = NetworkPlanDocument.Read(PlanFiles.Read("mentorprogram-nord.json")).Plan!;

        var written = NetworkPlanWriter.Write(original);
        var again = NetworkPlanDocument.Read(written);

        Assert.True(again.IsValid, string.Join("\n", again.Errors));
        PlanAssert.Same(original, again.Plan!);
    }
}
