using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Microsoft.Kiota.Abstractions;
using TeamsMentor.Domain.OpenScreen;

namespace TeamsMentor.Infrastructure.Meetings;

/// <summary>
/// Open-screen meetings as calendar events with a Teams meeting in the organizer account's calendar
/// (<c>POST /users/{id}/events</c> with <c>isOnlineMeeting</c> and <c>teamsForBusiness</c>, local times in the network's
/// time zone by its Windows name), changed with PATCH and cancelled with <c>/cancel</c>; attendance from the meeting's
/// attendance reports. Graph's answers become outcomes; nothing about people is logged.
/// </summary>
public sealed class GraphMeetingService(GraphClientProvider clients, IOptions<GraphOptions> options, ILogger<GraphMeetingService> logger) : IMeetingService
{
    public bool IsConfigured => options.Value.IsConfigured;

    public Task<MeetingResult> CreateAsync(MeetingRequest request, CancellationToken cancellationToken) =>
        CallAsync("create", async (graph, user) =>
        {
            ArgumentNullException.ThrowIfNull(request);
            var created = await graph.Users[user].Events.PostAsync(ToEvent(request, create: true), cancellationToken: cancellationToken);
            return created?.OnlineMeeting?.JoinUrl is { Length: > 0 } join
                ? new MeetingResult(MeetingOutcome.Done, created.Id, join)
                : MeetingResult.Failed(MeetingOutcome.Unavailable); // an event without a Teams meeting is of no use here
        }, cancellationToken);

    public Task<MeetingResult> UpdateAsync(string eventId, MeetingRequest request, CancellationToken cancellationToken) =>
        CallAsync("update", async (graph, user) =>
        {
            ArgumentNullException.ThrowIfNull(request);
            var updated = await graph.Users[user].Events[eventId].PatchAsync(ToEvent(request, create: false), cancellationToken: cancellationToken);
            return new MeetingResult(MeetingOutcome.Done, updated?.Id ?? eventId, updated?.OnlineMeeting?.JoinUrl);
        }, cancellationToken);

    public Task<MeetingResult> CancelAsync(string eventId, string comment, CancellationToken cancellationToken) =>
        CallAsync("cancel", async (graph, user) =>
        {
            await graph.Users[user].Events[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment }, cancellationToken: cancellationToken);
            return new MeetingResult(MeetingOutcome.Done, eventId);
        }, cancellationToken);

    public async Task<AttendanceReport> GetAttendanceAsync(string joinUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(joinUrl);
        var participants = new List<MeetingParticipant>();
        var result = await CallAsync("attendance", async (graph, user) =>
        {
            var meetings = await graph.Users[user].OnlineMeetings.GetAsync(
                r => r.QueryParameters.Filter = $"JoinWebUrl eq '{joinUrl.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken);
            if (meetings?.Value?.FirstOrDefault()?.Id is not { } meetingId)
            {
                return MeetingResult.Failed(MeetingOutcome.NotFound);
            }

            var reports = await graph.Users[user].OnlineMeetings[meetingId].AttendanceReports.GetAsync(cancellationToken: cancellationToken);
            foreach (var report in reports?.Value ?? [])
            {
                var records = await graph.Users[user].OnlineMeetings[meetingId].AttendanceReports[report.Id].AttendanceRecords.GetAsync(cancellationToken: cancellationToken);
                participants.AddRange((records?.Value ?? []).Select(r =>
                    new MeetingParticipant(r.Identity?.Id, r.EmailAddress, r.Identity?.DisplayName, r.TotalAttendanceInSeconds ?? 0)));
            }

            return participants.Count == 0 ? MeetingResult.Failed(MeetingOutcome.NotFound) : new MeetingResult(MeetingOutcome.Done);
        }, cancellationToken);
        return result.IsDone ? new AttendanceReport(MeetingOutcome.Done, participants) : AttendanceReport.Failed(result.Outcome);
    }

    private async Task<MeetingResult> CallAsync(string operation, Func<GraphServiceClient, string, Task<MeetingResult>> call, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return MeetingResult.Failed(MeetingOutcome.NotConfigured);
        }

        try
        {
            return await call(clients.Client, settings.OrganizerUserId!);
        }
        catch (ApiException ex)
        {
            var status = (HttpStatusCode)ex.ResponseStatusCode;
            var code = (ex as Microsoft.Graph.Models.ODataErrors.ODataError)?.Error?.Code ?? "-";
            MeetingsLog.GraphRefused(logger, operation, ex.ResponseStatusCode, code);
            return status switch
            {
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => MeetingResult.Failed(MeetingOutcome.Refused),
                HttpStatusCode.NotFound => MeetingResult.Failed(MeetingOutcome.NotFound),
                HttpStatusCode.TooManyRequests => MeetingResult.Failed(MeetingOutcome.Throttled, RetryAfter(ex)),
                _ => MeetingResult.Failed(MeetingOutcome.Unavailable, RetryAfter(ex)),
            };
        }
        catch (Exception ex) when ((ex is HttpRequestException or TaskCanceledException or Azure.Identity.AuthenticationFailedException) && !cancellationToken.IsCancellationRequested)
        {
            MeetingsLog.GraphUnreachable(logger, operation, ex.GetType().Name);
            return MeetingResult.Failed(ex is Azure.Identity.AuthenticationFailedException ? MeetingOutcome.Refused : MeetingOutcome.Unavailable);
        }
    }

    private static TimeSpan? RetryAfter(ApiException ex) =>
        ex.ResponseHeaders.TryGetValue("Retry-After", out var values) && int.TryParse(values.FirstOrDefault(), out var seconds) ? TimeSpan.FromSeconds(seconds) : null;

    private static Event ToEvent(MeetingRequest request, bool create)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(request.TimeZoneId);
        // Graph's create and update accept Windows zone names (and only some IANA names; Europe/Oslo is not among them).
        var zoneName = TimeZoneInfo.TryConvertIanaIdToWindowsId(request.TimeZoneId, out var windows) ? windows : request.TimeZoneId;
        var ev = new Event
        {
            Subject = request.Subject,
            Body = new ItemBody { ContentType = BodyType.Text, Content = request.Body ?? "" },
            Start = new DateTimeTimeZone { DateTime = Local(request.Start, zone), TimeZone = zoneName },
            End = new DateTimeTimeZone { DateTime = Local(request.End, zone), TimeZone = zoneName },
        };
        if (create)
        {
            ev.TransactionId = request.TransactionId;
            ev.IsOnlineMeeting = true;
            ev.OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness;
            ev.AllowNewTimeProposals = false;
            ev.Attendees = [.. request.Attendees.Select(a => new Attendee
            {
                EmailAddress = new EmailAddress { Address = a.Email, Name = a.Name },
                Type = a.Required ? AttendeeType.Required : AttendeeType.Optional,
            })];
        }

        return ev;
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
