using System.Net;
using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Infrastructure.Meetings;
using TeamsMentor.Testing;

namespace TeamsMentor.Infrastructure.Tests;

/// <summary>
/// The Graph meeting service as the app wires it (named HttpClient, retry handler, token provider), over a handler that
/// plays Graph's documented answers: the request bodies (Windows zone name for Europe/Oslo, Teams meeting flags,
/// attendees, transaction id), 403 from an access policy, 429 with Retry-After, 5xx, 404, and attendance reports.
/// </summary>
public sealed class GraphMeetingServiceTests : IDisposable
{
    private const string Organizer = "9b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";
    private readonly FakeGraph _graph = new();
    private readonly InstantDelayTimeProvider _time = new();
    private readonly IHost _host;

    public GraphMeetingServiceTests() => _host = Build(new Dictionary<string, string?>
    {
        ["Graph:OrganizerUserId"] = Organizer,
        ["Graph:TenantId"] = "contoso.onmicrosoft.com",
        ["Graph:ClientId"] = "11111111-2222-3333-4444-555555555555",
        ["Graph:ClientSecret"] = "not-used-the-credential-is-replaced",
    });

    private IMeetingService Meetings => _host.Services.GetRequiredService<IMeetingService>();

    private static MeetingRequest Request => new("3f9a0c1b2d4e5f60a7b8", "Åpen skjerm: Rekruttering av mentorer", "Ta med spørsmål.",
        new DateTimeOffset(2023, 5, 10, 12, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2023, 5, 10, 13, 0, 0, TimeSpan.FromHours(2)), "Europe/Oslo",
        [new MeetingAttendee("ingrid.solberg@nord.example", "Ingrid Solberg", true), new MeetingAttendee("mari.hansen@bodo.example", "Mari Hansen", false)]);

    [Fact]
    public async Task Create_PostsTeamsMeetingEventInOsloTime_ReturnsJoinLink()
    {
        var result = await Meetings.CreateAsync(Request, CancellationToken.None);

        Assert.Equal(MeetingOutcome.Done, result.Outcome);
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", result.JoinUrl);
        var sent = Assert.Single(_graph.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("graph.microsoft.com", sent.Host);
        Assert.Equal($"/v1.0/users/{Organizer}/events", sent.Path);
        Assert.Equal("Bearer graph-token", sent.Authorization);
        var body = sent.Body!;
        Assert.True((bool)body["isOnlineMeeting"]!);
        Assert.Equal("teamsForBusiness", (string?)body["onlineMeetingProvider"]);
        Assert.Equal("3f9a0c1b2d4e5f60a7b8", (string?)body["transactionId"]);
        Assert.Equal("2023-05-10T12:00:00", (string?)body["start"]!["dateTime"]);
        Assert.Equal("W. Europe Standard Time", (string?)body["start"]!["timeZone"]);
        Assert.Equal("2023-05-10T13:00:00", (string?)body["end"]!["dateTime"]);
        Assert.Equal("text", (string?)body["body"]!["contentType"]);
        var attendees = body["attendees"]!.AsArray();
        Assert.Equal(["ingrid.solberg@nord.example:required", "mari.hansen@bodo.example:optional"],
            attendees.Select(a => $"{(string?)a!["emailAddress"]!["address"]}:{(string?)a["type"]}"));
        Assert.Equal(result.EventId, (string?)_graph.Events.Values.Single()["id"]);
    }

    [Fact]
    public async Task Create_WinterDate_LocalTimeStaysLocal()
    {
        var winter = Request with { Start = new DateTimeOffset(2023, 1, 10, 8, 30, 0, TimeSpan.Zero), End = new DateTimeOffset(2023, 1, 10, 9, 30, 0, TimeSpan.Zero) };
        await Meetings.CreateAsync(winter, CancellationToken.None);
        Assert.Equal("2023-01-10T09:30:00", (string?)Assert.Single(_graph.Requests).Body!["start"]!["dateTime"]);
    }

    [Fact]
    public async Task Create_AccessPolicyRefuses_RefusedWithoutRetry()
    {
        _graph.Refuse = true;
        var result = await Meetings.CreateAsync(Request, CancellationToken.None);
        Assert.Equal(MeetingOutcome.Refused, result.Outcome);
        Assert.Single(_graph.Requests);
    }

    [Fact]
    public async Task Create_ThrottledBriefly_WaitsRetryAfterOnTheClockThenCreatesOnce()
    {
        _graph.Fail(HttpStatusCode.TooManyRequests, "TooManyRequests", TimeSpan.FromSeconds(2));

        var result = await Meetings.CreateAsync(Request, CancellationToken.None);

        Assert.Equal(MeetingOutcome.Done, result.Outcome);
        Assert.Equal([TimeSpan.FromSeconds(2)], _time.Delays);
        Assert.Equal(2, _graph.Requests.Count);
        Assert.Equal(_graph.Requests.First().Body!.ToJsonString(), _graph.Requests.Last().Body!.ToJsonString()); // the same body again
        Assert.Single(_graph.Events);
    }

    [Fact]
    public async Task Create_ThrottledLongerThanACardCanWait_ThrottledWithRetryAfter()
    {
        _graph.Fail(HttpStatusCode.TooManyRequests, "TooManyRequests", TimeSpan.FromSeconds(30));

        var result = await Meetings.CreateAsync(Request, CancellationToken.None);

        Assert.Equal(MeetingOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(30), result.RetryAfter);
        Assert.Single(_graph.Requests);
        Assert.Empty(_time.Delays);
    }

    [Fact]
    public async Task Create_ServiceUnavailableThreeTimes_UnavailableAfterTwoRetries()
    {
        for (var i = 0; i < 3; i++)
        {
            _graph.Fail(HttpStatusCode.ServiceUnavailable, "ServiceNotAvailable");
        }

        var result = await Meetings.CreateAsync(Request, CancellationToken.None);

        Assert.Equal(MeetingOutcome.Unavailable, result.Outcome);
        Assert.Equal(3, _graph.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], _time.Delays);
    }

    [Fact]
    public async Task Create_InternalServerError_UnavailableNoRetry()
    {
        _graph.Fail(HttpStatusCode.InternalServerError, "generalException");
        Assert.Equal(MeetingOutcome.Unavailable, (await Meetings.CreateAsync(Request, CancellationToken.None)).Outcome);
        Assert.Single(_graph.Requests);
    }

    [Fact]
    public async Task Update_PatchesSubjectAndTimes_NoMeetingFlagsOrAttendees()
    {
        var created = await Meetings.CreateAsync(Request, CancellationToken.None);
        var moved = Request with { Start = Request.Start.AddDays(1), End = Request.End.AddDays(1).AddMinutes(30) };

        var result = await Meetings.UpdateAsync(created.EventId!, moved, CancellationToken.None);

        Assert.Equal(MeetingOutcome.Done, result.Outcome);
        var patch = _graph.Requests.Last();
        Assert.Equal(HttpMethod.Patch, patch.Method);
        Assert.Equal($"/v1.0/users/{Organizer}/events/{created.EventId}", patch.Path);
        Assert.Equal("2023-05-11T13:30:00", (string?)patch.Body!["end"]!["dateTime"]);
        Assert.Null(patch.Body["attendees"]);
        Assert.Null(patch.Body["isOnlineMeeting"]);
    }

    [Fact]
    public async Task Update_UnknownEvent_NotFound()
    {
        Assert.Equal(MeetingOutcome.NotFound, (await Meetings.UpdateAsync("AAMkGone", Request, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Cancel_PostsCommentToCancel_EventCancelled()
    {
        var created = await Meetings.CreateAsync(Request, CancellationToken.None);

        var result = await Meetings.CancelAsync(created.EventId!, "Avlyst: for få påmeldte.", CancellationToken.None);

        Assert.Equal(MeetingOutcome.Done, result.Outcome);
        var cancel = _graph.Requests.Last();
        Assert.Equal($"/v1.0/users/{Organizer}/events/{created.EventId}/cancel", cancel.Path);
        Assert.Equal("Avlyst: for få påmeldte.", (string?)cancel.Body!["comment"] ?? (string?)cancel.Body["Comment"]);
        Assert.True((bool)_graph.Events[created.EventId!]["isCancelled"]!);
    }

    [Fact]
    public async Task GetAttendance_FindsMeetingByJoinLink_ReturnsRecords()
    {
        var created = await Meetings.CreateAsync(Request, CancellationToken.None);
        _graph.AddAttendance(created.JoinUrl!, ("00000000-0000-0000-0000-000000000021", "mari.hansen@bodo.example", "Mari Hansen", 1800), (null, "gjest@example.no", "Gjest", 300));

        var report = await Meetings.GetAttendanceAsync(created.JoinUrl!, CancellationToken.None);

        Assert.Equal(MeetingOutcome.Done, report.Outcome);
        Assert.Equal(["00000000-0000-0000-0000-000000000021", null], report.Participants.Select(p => p.AadObjectId));
        Assert.Equal(1800, report.Participants[0].Seconds);
        Assert.Contains(_graph.Requests, r => r.Path.EndsWith("/onlineMeetings", StringComparison.Ordinal) && r.Query.Contains($"JoinWebUrl eq '{created.JoinUrl}'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAttendance_NoReportYet_NotFound()
    {
        var created = await Meetings.CreateAsync(Request, CancellationToken.None);
        Assert.Equal(MeetingOutcome.NotFound, (await Meetings.GetAttendanceAsync(created.JoinUrl!, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Create_CallerCancelled_CancellationPropagates_NotReportedAsAnOutage()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Meetings.CreateAsync(Request, cancelled.Token));
    }

    [Fact]
    public async Task NotConfigured_NoCallToGraph()
    {
        using var host = Build(new Dictionary<string, string?>());
        var meetings = host.Services.GetRequiredService<IMeetingService>();

        Assert.False(meetings.IsConfigured);
        Assert.Equal(MeetingOutcome.NotConfigured, (await meetings.CreateAsync(Request, CancellationToken.None)).Outcome);
        Assert.Empty(_graph.Requests);
    }

    [Theory]
    [InlineData("kurs@nord.example", "x", "y", "z", false, "Graph:OrganizerUserId must be the organizer account's Entra object id")]
    [InlineData(Organizer, null, null, null, false, "Graph needs credentials")]
    [InlineData(Organizer, null, null, null, true, null)]
    [InlineData(null, null, null, null, false, null)]
    public void Validator_NamesTheSettingToFix(string? organizer, string? tenant, string? client, string? secret, bool managed, string? expected)
    {
        var result = new GraphOptionsValidator().Validate(null, new GraphOptions
        {
            OrganizerUserId = organizer, TenantId = tenant, ClientId = client, ClientSecret = secret, UseManagedIdentity = managed,
        });
        if (expected is null)
        {
            Assert.True(result.Succeeded);
        }
        else
        {
            Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _host.Dispose();
        _graph.Dispose();
    }

    private IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.AddTeamsMentorMeetings();
        builder.Services.AddHttpClient(GraphClientProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _graph);
        builder.Services.AddKeyedSingleton<TokenCredential>(GraphClientProvider.CredentialKey, new StaticTokenCredential("graph-token"));
        return builder.Build();
    }
}
