using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Tests;

/// <summary>Structural equality of plans (records with lists compare lists by reference).</summary>
internal static class PlanAssert
{
    public static void Same(NetworkPlan expected, NetworkPlan actual)
    {
        var (e, a) = (expected.Network, actual.Network);
        Assert.Equal((e.Id, e.Name, e.Description, e.Start, e.End, e.TimeZoneId, e.DefaultLocale), (a.Id, a.Name, a.Description, a.Start, a.End, a.TimeZoneId, a.DefaultLocale));
        Assert.Equal(expected.Network.Organizers, actual.Network.Organizers);
        Assert.Equal(expected.Network.Phases, actual.Network.Phases);
        Assert.Equal(expected.Network.Municipalities, actual.Network.Municipalities);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(e.Schedule), System.Text.Json.JsonSerializer.Serialize(a.Schedule));
        Assert.Equal(expected.Network.Schedule.StatusReminderDaysBefore, actual.Network.Schedule.StatusReminderDaysBefore);
        Assert.Equal(expected.Gatherings, actual.Gatherings);
        Assert.Equal(expected.Teams, actual.Teams);
        Assert.Equal(expected.Members, actual.Members);
        Assert.Equal(expected.Tasks, actual.Tasks);
        Assert.Equal(expected.EvaluationItems.Select(i => i with { Gatherings = null }), actual.EvaluationItems.Select(i => i with { Gatherings = null }));
        Assert.Equal(expected.EvaluationItems.Select(i => string.Join(",", i.Gatherings ?? [])), actual.EvaluationItems.Select(i => string.Join(",", i.Gatherings ?? [])));
    }
}
