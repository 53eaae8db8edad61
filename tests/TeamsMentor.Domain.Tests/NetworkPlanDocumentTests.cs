using System.Text;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Reports;

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
    public void Read_ReportItems_TheNordPlanCarriesTodaysQuestions_APlanWithoutThemGetsThem_WrongOnesNamed()
    {
        var nord = NetworkPlanDocument.Read(PlanFiles.Read("mentorprogram-nord.json")).Plan!;
        Assert.Equal(ReportItems.Defaults.Select(i => (i.Id, i.Kind, i.Section, i.TextNb, i.DefinitionNb, i.Required, i.FromGathering, i.NotYetKnown)),
            nord.ReportItems.Select(i => (i.Id, i.Kind, i.Section, i.TextNb, i.DefinitionNb, i.Required, i.FromGathering, i.NotYetKnown)));

        var root = System.Text.Json.Nodes.JsonNode.Parse(Nord())!.AsObject();
        root.Remove("reportItems");
        Assert.Same(ReportItems.Defaults, Read(root.ToJsonString()).Plan!.ReportItems);

        root["reportItems"] = System.Text.Json.Nodes.JsonNode.Parse("""
            [
              { "id": "hours", "kind": "count", "section": "hours", "text": { "nb": "Timer" } },
              { "id": "Kurs holdt", "kind": "text", "section": "other", "text": { "nb": "Kurs" }, "notYetKnown": true },
              { "id": "ekstra", "kind": "tasks", "section": "tasks", "text": { "nb": "Oppgaver" } },
              { "id": "andel", "kind": "percent", "section": "elsewhere", "text": { "nb": "Andel" }, "fromGathering": 12 }
            ]
            """);
        var wrong = Read(root.ToJsonString());
        Assert.False(wrong.IsValid);
        Assert.Equal(["$.reportItems[3].kind", "$.reportItems[3].section"], wrong.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        root["reportItems"]!.AsArray().RemoveAt(3);
        var rules = Read(root.ToJsonString());
        Assert.Equal(["$.reportItems[0].kind", "$.reportItems[1].id", "$.reportItems[1].notYetKnown", "$.reportItems[2].kind"],
            rules.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
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

    [Theory]
    [InlineData("{} {}")]
    [InlineData("{}]")]
    [InlineData("{\"id\": \"x\"} // a comment is fine\n x")]
    public void Read_MoreAfterTheObject_IsNotJson(string json)
    {
        var error = Assert.Single(Read(json).Issues);
        Assert.Equal((PlanIssueCodes.NotJson, "$"), (error.Code, error.Path));
        Assert.True(error.Args.ContainsKey("line") && error.Args.ContainsKey("position"));
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

    private static string Nord() => Encoding.UTF8.GetString(PlanFiles.Read("mentorprogram-nord.json"));

    [Theory]
    [InlineData("\"start\": \"2023-04-26T11:00\"", "\"start\": \"0001-01-01T00:10\"")]
    [InlineData("\"start\": \"2023-04-26T11:00\"", "\"start\": \"9999-12-31T23:59\"")]
    [InlineData("\"start\": \"2022-09-01\"", "\"start\": \"0001-01-01\"")]
    public void Read_DatesOutsideSaneYears_ErrorNotException(string from, string to)
    {
        var result = Read(Nord().Replace(from, to, StringComparison.Ordinal));
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Message.Contains("outside the years", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TextAfterTheDocument_Error()
    {
        var result = Read(Nord() + " and then some words");
        Assert.Equal("$", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Read_PeriodNull_Required()
    {
        var json = System.Text.RegularExpressions.Regex.Replace(Nord(), "\"period\": \\{[^}]*\\}", "\"period\": null");
        Assert.Contains(Read(json).Errors, e => e.Path == "$.period");
    }

    [Fact]
    public void Read_TaskDescriptionTooLong_ErrorBeforeStorageWouldRefuseIt()
    {
        var doc = System.Text.Json.Nodes.JsonNode.Parse(Nord())!;
        doc["tasks"]![0]!["description"] = new string('x', 40_000);
        Assert.Contains(Read(doc.ToJsonString()).Errors, e => e.Path == "$.tasks[0].description");
    }

    [Fact]
    public void Read_TwoOrganizersWithTheSameEntraId_Error()
    {
        var doc = System.Text.Json.Nodes.JsonNode.Parse(Nord())!;
        doc["organizers"]![0]!["aadObjectId"] = "AAD-X";
        doc["organizers"]![1]!["aadObjectId"] = "aad-x";
        Assert.Contains(Read(doc.ToJsonString()).Errors, e => e.Path == "$.organizers[1].aadObjectId");
    }

    [Fact]
    public void Read_ExplicitDeadlinesOnTheWrongSide_Errors()
    {
        var doc = System.Text.Json.Nodes.JsonNode.Parse(Nord())!;
        doc["gatherings"]![2]!["statusReportDeadline"] = "2023-04-28T12:00";
        doc["gatherings"]![2]!["evaluationCloses"] = "2023-04-20T12:00";
        var paths = Read(doc.ToJsonString()).Errors.Select(e => e.Path).ToList();
        Assert.Contains("$.gatherings[2].statusReportDeadline", paths);
        Assert.Contains("$.gatherings[2].evaluationCloses", paths);
    }
}
