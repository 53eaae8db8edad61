using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TeamsMentor.Bot.Evaluations;
using TeamsMentor.Bot.Reports;
using TeamsMentor.Bot.Telemetry;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// What the host's OpenTelemetry would export, recorded by an in-memory exporter behind the app's own processors: spans
/// for turns, card actions (by verb), tab API calls (by route) and Table Storage calls; no person's id, conversation id,
/// name, table key or typed text in any attribute or span name; and no span at all for an anonymous evaluation answer,
/// not even of the request that carried it.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class TelemetryTests : EvaluationTestBase
{
    private static readonly List<Activity> Spans = [];
    private static readonly List<Metric> Metrics = [];

    public TelemetryTests(AzuriteFixture azurite)
        : base(azurite, services => services.AddOpenTelemetry().WithTracing(t => t.AddInMemoryExporter(Spans)).WithMetrics(m => m.AddInMemoryExporter(Metrics)))
    {
    }

    /// <summary>
    /// The spans of the requests <paramref name="act"/> sends: they carry a trace id of their own (W3C traceparent), so
    /// spans of other tests running meanwhile (the listeners are process-wide) are left out. Waits for the request's own
    /// span, which ends after the response is written, unless <paramref name="untraced"/> (then see <see cref="Of"/>).
    /// </summary>
    private async Task<List<Activity>> RecordAsync(Func<Task> act, bool untraced = false) => Of(await SendTracedAsync(act, untraced));

    private async Task<ActivityTraceId> SendTracedAsync(Func<Task> act, bool untraced)
    {
        var trace = ActivityTraceId.CreateRandom();
        Client.DefaultRequestHeaders.Remove("traceparent");
        Client.DefaultRequestHeaders.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        try
        {
            await act();
        }
        finally
        {
            Client.DefaultRequestHeaders.Remove("traceparent");
        }

        if (!untraced)
        {
            await Wait.UntilAsync(() => Of(trace).Any(s => s.Kind == ActivityKind.Server), TimeSpan.FromSeconds(10));
        }

        return trace;
    }

    /// <summary>The spans exported so far for <paramref name="trace"/>.</summary>
    private static List<Activity> Of(ActivityTraceId trace)
    {
        lock (Spans)
        {
            return [.. Spans.Where(s => s.TraceId == trace)];
        }
    }

    private static IEnumerable<string> Texts(Activity span) =>
        span.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(span.DisplayName).Append(span.StatusDescription ?? "")
            .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}")));

    [Fact]
    public async Task Turns_CardActions_TabCalls_AndTableCalls_AreTraced_WithNoPersonalDataInAnyAttribute()
    {
        const string typed = "Delmål om mentorer for Hanne sine kolleger";
        var spans = new List<Activity>();
        spans.AddRange(await RecordAsync(async () => Assert.Equal(HttpStatusCode.OK, (await PostAsync(TeamsPayloads.PersonalMessage("hjelp"))).StatusCode)));
        spans.AddRange(await RecordAsync(async () =>
        {
            var data = new ReportCardData(Network, "tromso-sone-1", 3, null).ToJson();
            data["subGoals"] = typed;
            using var response = await PostAsync(TeamsPayloads.ChannelInvoke(ReportVerbs.Open, data.ToJsonString(), Hanne, "Hanne Solbakken"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }));
        spans.AddRange(await RecordAsync(async () =>
            Assert.Equal(HttpStatusCode.OK, (await TabJsonAsync(HttpMethod.Get, $"/api/tab/networks/{Network}/teams/tromso-sone-1/plan", Hanne)).Status)));

        // Each kind is there: the turn, the card action by its verb, the tab call by its route, Table calls by table.
        Assert.Contains(spans, s => s.Source.Name == AppTelemetry.Name && s.DisplayName == "turn" && (string?)s.GetTagItem("teamsmentor.activity.type") == "message");
        Assert.Contains(spans, s => s.DisplayName == "card action" && (string?)s.GetTagItem("teamsmentor.card.verb") == ReportVerbs.Open);
        var tab = Assert.Single(spans, s => s.Kind == ActivityKind.Server && ((string?)s.GetTagItem("http.route"))?.Contains("/plan", StringComparison.Ordinal) == true);
        Assert.Equal("/api/tab/networks/{networkId}/teams/{teamId}/plan", tab.GetTagItem("url.path"));
        var table = spans.Where(s => s.Kind == ActivityKind.Client && s.GetTagItem("url.full") is string url && url.Contains("127.0.0.1", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(table);
        Assert.All(table, s => Assert.DoesNotContain("PartitionKey", (string)s.GetTagItem("url.full")!, StringComparison.Ordinal));

        // Nothing that names or identifies Hanne, her chat or what was typed.
        string[] secrets = [Hanne, "Hanne", "Solbakken", "Kari", "6f0d2c1e-0000-4000-8000-000000000001", TeamsPayloads.PersonalConversation, "19:tromso@thread.tacv2",
            typed, "tromso-sone-1-hanne"];
        foreach (var text in spans.SelectMany(Texts))
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task AnEvaluationAnswer_HasNoSpanOfItsOwn_NorOfItsTableWrites()
    {
        var answer = await SendTracedAsync(async () =>
        {
            var data = Data(answers: [("motivasjon", "4"), ("mest-nyttig", "Plakatvandringen")]);
            var thanks = await InvokeAsync(EvaluationVerbs.Submit, data, Hanne);
            Assert.NotNull(thanks);
        }, untraced: true);
        Assert.Single(await Evaluations.ListAnswersAsync(Network, 3, CancellationToken.None)); // it was stored

        // The same request shape for a report card afterwards is traced (so the export works in this host), and once its
        // request span is out, the answer's request (which ended before it) would have been too.
        var traced = await RecordAsync(async () =>
            await InvokeAsync(ReportVerbs.Open, new ReportCardData(Network, "tromso-sone-1", 3, null).ToJson(), Hanne));
        Assert.Contains(traced, s => s.DisplayName == "card action");

        // Nothing at all: not the request, not the turn, not the language lookup or the Table writes (an evaluation's
        // turns cannot even be told from the others by a missing span).
        Assert.Empty(Of(answer));
    }

    [Fact]
    public void Redaction_KeepsPlainWords_ReplacesIdsAndKeys_DropsQueries()
    {
        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations/{id}/activities/{id}",
            TelemetryRedaction.Url("https://smba.trafficmanager.net/emea/v3/conversations/a%3A1Xn3QJjzVqY7d0hbN8sM/activities/1700000000051?x=1"));
        Assert.Equal("https://graph.microsoft.com/v1.0/users/{id}/onlineMeetings",
            TelemetryRedaction.Url("https://graph.microsoft.com/v1.0/users/6f0d2c1e-0000-4000-8000-000000000001/onlineMeetings"));
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1/Members(…)",
            TelemetryRedaction.Url("http://127.0.0.1:10002/devstoreaccount1/Members(PartitionKey='mentorprogram-nord',RowKey='6f0d2c1e-0000')?$select=Name"));
        Assert.Equal("/api/tab/networks/{id}/teams/{id}/plan", TelemetryRedaction.Path("/api/tab/networks/mentorprogram-nord/teams/tromso-sone-1/plan"));
        Assert.Equal("/v3/conversations/{id}", TelemetryRedaction.Path("/v3/conversations/19:tromso@thread.tacv2;messageid=1"));
    }
}
