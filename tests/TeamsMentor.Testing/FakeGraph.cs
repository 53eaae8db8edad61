using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TeamsMentor.Testing;

/// <summary>
/// Plays Microsoft Graph v1.0 for calendar events with Teams meetings and their attendance reports, as documented:
/// create (201, with <c>onlineMeeting.joinUrl</c>; a repeated <c>transactionId</c> returns the first event), update
/// (PATCH, 200), cancel (202), <c>onlineMeetings?$filter=JoinWebUrl eq '…'</c>, attendance reports and records; 401
/// without a bearer token, 404 <c>ErrorItemNotFound</c>, 400 for a body without subject or times, 413 over 4 MB.
/// <see cref="Refuse"/> answers 403 as a tenant's application access policy does; <see cref="Fail"/> queues one-off
/// answers (429 with Retry-After, 5xx). Every request is recorded with its JSON body.
/// </summary>
public sealed partial class FakeGraph : HttpMessageHandler
{
    private readonly ConcurrentQueue<(HttpStatusCode Status, string Code, TimeSpan? RetryAfter)> _failures = new();
    private readonly ConcurrentDictionary<string, JsonObject> _events = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonArray> _attendance = new(StringComparer.Ordinal);
    private int _next;

    public ConcurrentQueue<GraphRequest> Requests { get; } = new();

    /// <summary>Every call answers 403 (no permission, or the mailbox outside the access policy).</summary>
    public bool Refuse { get; set; }

    public IReadOnlyDictionary<string, JsonObject> Events => _events;

    private volatile TaskCompletionSource? _gate;
    private volatile TaskCompletionSource? _held;

    /// <summary>
    /// Calls wait (recorded, not answered) until <c>Release</c> is called: Graph on a slow day, for as long as a test
    /// needs. <c>Arrived</c> completes when the first call is waiting.
    /// </summary>
    public (Task Arrived, Action Release) Hold()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _held = held;
        _gate = gate;
        return (held.Task, () =>
        {
            _gate = null;
            gate.TrySetResult();
        });
    }

    /// <summary>The next calls (one each) answer this status; 429 and 503 carry Retry-After when given.</summary>
    public void Fail(HttpStatusCode status, string code, TimeSpan? retryAfter = null) => _failures.Enqueue((status, code, retryAfter));

    /// <summary>Attendance records (<c>identity.id</c>, <c>emailAddress</c>, seconds) for the meeting with this join link.</summary>
    /// <summary>A Teams meeting the organizer account owns that the app did not create (e.g. a gathering's, set up in Outlook), found by its join link.</summary>
    public void AddOwnedMeeting(string joinUrl)
    {
        var id = "owned-" + _events.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _events[id] = new JsonObject { ["id"] = id, ["onlineMeeting"] = new JsonObject { ["joinUrl"] = joinUrl } };
    }

    public void AddAttendance(string joinUrl, params (string? AadObjectId, string? Email, string Name, int Seconds)[] records) =>
        _attendance[joinUrl] = [.. records.Select(r => (JsonNode)new JsonObject
        {
            ["emailAddress"] = r.Email, ["totalAttendanceInSeconds"] = r.Seconds, ["role"] = "Attendee",
            ["identity"] = new JsonObject { ["id"] = r.AadObjectId, ["displayName"] = r.Name },
        })];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var text = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath);
        var query = Uri.UnescapeDataString(request.RequestUri.Query.TrimStart('?'));
        var body = string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text) as JsonObject;
        Requests.Enqueue(new GraphRequest(request.Method, request.RequestUri.Host, path, query, request.Headers.Authorization?.ToString(), body));
        if (_gate is { } gate)
        {
            _held?.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (request.Headers.Authorization is not { Scheme: "Bearer", Parameter.Length: > 0 })
        {
            return Error(HttpStatusCode.Unauthorized, "InvalidAuthenticationToken", "Access token is empty.");
        }

        if (Refuse)
        {
            return Error(HttpStatusCode.Forbidden, "ErrorAccessDenied", "Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.");
        }

        if (_failures.TryDequeue(out var failure))
        {
            var response = Error(failure.Status, failure.Code, "Played failure.");
            if (failure.RetryAfter is { } wait)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
            }

            return response;
        }

        if (text is { Length: > 4 * 1024 * 1024 })
        {
            return Error(HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLarge", "The request is larger than 4 MB.");
        }

        return Route(request.Method, path, query, body);
    }

    private HttpResponseMessage Route(HttpMethod method, string path, string query, JsonObject? body)
    {
        if (EventsPath().Match(path) is { Success: true } list && method == HttpMethod.Post)
        {
            return Create(body);
        }

        if (EventPath().Match(path) is { Success: true } one)
        {
            if (!_events.TryGetValue(one.Groups["event"].Value, out var ev))
            {
                return Error(HttpStatusCode.NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");
            }

            if (method == HttpMethod.Patch)
            {
                foreach (var (key, value) in body ?? [])
                {
                    ev[key] = value?.DeepClone();
                }

                return Json(HttpStatusCode.OK, ev);
            }

            if (method == HttpMethod.Post && one.Groups["cancel"].Success)
            {
                ev["isCancelled"] = true;
                return new HttpResponseMessage(HttpStatusCode.Accepted);
            }
        }

        if (MeetingsPath().IsMatch(path) && method == HttpMethod.Get && FilterValue().Match(query) is { Success: true } filter)
        {
            var join = filter.Groups["url"].Value.Replace("''", "'", StringComparison.Ordinal);
            var found = _events.Values.Where(e => (string?)e["onlineMeeting"]?["joinUrl"] == join)
                .Select(e => (JsonNode)new JsonObject { ["id"] = "MSo" + (string?)e["id"], ["joinWebUrl"] = join });
            return Json(HttpStatusCode.OK, new JsonObject { ["value"] = new JsonArray([.. found]) });
        }

        if (ReportsPath().Match(path) is { Success: true } reports && JoinUrlOfMeeting(reports.Groups["meeting"].Value) is { } url)
        {
            var has = _attendance.ContainsKey(url);
            return reports.Groups["records"].Success
                ? Json(HttpStatusCode.OK, new JsonObject { ["value"] = _attendance.TryGetValue(url, out var records) ? records.DeepClone() : new JsonArray() })
                : Json(HttpStatusCode.OK, new JsonObject { ["value"] = has ? new JsonArray(new JsonObject { ["id"] = "report-1", ["totalParticipantCount"] = _attendance[url].Count }) : new JsonArray() });
        }

        return Error(HttpStatusCode.NotFound, "UnknownPath", "Not played by the fake: " + method + " " + path);
    }

    private HttpResponseMessage Create(JsonObject? body)
    {
        if (body is null || string.IsNullOrWhiteSpace((string?)body["subject"]) || body["start"]?["dateTime"] is null || body["start"]?["timeZone"] is null
            || body["end"]?["dateTime"] is null)
        {
            return Error(HttpStatusCode.BadRequest, "ErrorInvalidRequest", "Your request can't be completed. The subject, start and end are required.");
        }

        if ((string?)body["transactionId"] is { } transaction && _events.Values.FirstOrDefault(e => (string?)e["transactionId"] == transaction) is { } earlier)
        {
            return Json(HttpStatusCode.Created, earlier);
        }

        var n = Interlocked.Increment(ref _next);
        var ev = (JsonObject)body.DeepClone();
        ev["id"] = "AAMkAGI2TG93AAA" + n;
        ev["webLink"] = "https://outlook.office365.com/owa/?itemid=AAMkAGI2TG93AAA" + n;
        if (ev["isOnlineMeeting"]?.GetValue<bool>() == true)
        {
            ev["onlineMeeting"] = new JsonObject { ["joinUrl"] = $"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{n}%40thread.v2/0?context=%7b%7d" };
        }

        _events[(string)ev["id"]!] = ev;
        return Json(HttpStatusCode.Created, ev);
    }

    private string? JoinUrlOfMeeting(string meetingId) =>
        meetingId.StartsWith("MSo", StringComparison.Ordinal) && _events.TryGetValue(meetingId[3..], out var ev) ? (string?)ev["onlineMeeting"]?["joinUrl"] : null;

    private static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        Json(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    private static HttpResponseMessage Json(HttpStatusCode status, JsonNode body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    [GeneratedRegex("^/v1.0/users/[^/]+/events$")]
    private static partial Regex EventsPath();

    [GeneratedRegex("^/v1.0/users/[^/]+/events/(?<event>[^/]+)(?<cancel>/cancel)?$")]
    private static partial Regex EventPath();

    [GeneratedRegex("^/v1.0/users/[^/]+/onlineMeetings$")]
    private static partial Regex MeetingsPath();

    [GeneratedRegex("^/v1.0/users/[^/]+/onlineMeetings/(?<meeting>[^/]+)/attendanceReports(/[^/]+/(?<records>attendanceRecords))?$")]
    private static partial Regex ReportsPath();

    [GeneratedRegex(@"\$filter=JoinWebUrl eq '(?<url>(?:[^']|'')*)'")]
    private static partial Regex FilterValue();
}

/// <summary>One request seen by <see cref="FakeGraph"/>: path and query unescaped, the JSON body parsed.</summary>
public sealed record GraphRequest(HttpMethod Method, string Host, string Path, string Query, string? Authorization, JsonObject? Body);
