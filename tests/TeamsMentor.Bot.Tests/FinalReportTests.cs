using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Bot.Reports;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The team's sluttrapport through the status-report card before the last gathering (Nord's gathering 7, 30 October
/// 2024; the clock on 20 October): its own part of the overview, a form with the five questions, saved on its own.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class FinalReportTests(AzuriteFixture azurite) : EvaluationTestBase(azurite, new DateTimeOffset(2024, 10, 20, 10, 0, 0, TimeSpan.FromHours(2)))
{
    [Fact]
    public async Task TheLastReport_HasTheSluttrapportPart_ItsFiveQuestionsSavedOnTheirOwn()
    {
        var overview = await InvokeAsync(ReportVerbs.Open, new ReportCardData(Network, "tromso-sone-1", 7).ToJson(), Hanne);
        var buttons = CardNodes.Buttons(overview, ReportVerbs.Section).Select(b => (string?)b["data"]!["section"]).ToList();
        Assert.Contains("Final", buttons);
        Assert.Contains("Sluttrapport", Texts(overview), StringComparison.Ordinal);

        var button = CardNodes.Buttons(overview, ReportVerbs.Section).Single(b => (string?)b["data"]!["section"] == "Final");
        var form = await InvokeAsync(ReportVerbs.Section, button["data"]!.AsObject(), Hanne);
        var inputs = CardNodes.Objects(form).Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true).Select(o => (string?)o["id"]).ToList();
        Assert.Equal(["finalGoals", "finalOrganization", "finalActivities", "finalResults", "finalPlans"], inputs);
        Assert.Contains("Hvilke mål satte teamet seg for læringsnettverket?", Texts(form), StringComparison.Ordinal);

        var save = form["actions"]!.AsArray().Single(a => (string?)a!["verb"] == ReportVerbs.SaveSection)!["data"]!.AsObject().DeepClone().AsObject();
        foreach (var id in inputs)
        {
            save[id!] = "Svar på " + id;
        }

        var saved = await InvokeAsync(ReportVerbs.SaveSection, save, Hanne);
        Assert.Contains("Lagret: Sluttrapport.", Texts(saved), StringComparison.Ordinal);
        var stored = (await Factory.Services.GetRequiredService<IStatusReportRepository>().GetAsync(Network, "tromso-sone-1", 7, CancellationToken.None))!.Value;
        Assert.Equal("Svar på finalResults", stored.Values["finalResults"]);
        Assert.Null(stored.Hours); // the other parts are left as they were
    }
}
