using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace TeamsMentor.Testing;

/// <summary>
/// A scripted HTTP peer for outbound calls (the Bot Connector): records every request (method, URL, headers, body)
/// and answers from a queue of scripted responses, then from <see cref="Fallback"/> (201 with an id by default).
/// </summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Done)> _waiters = [];
    private int _ids;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Func<HttpRequestMessage, HttpResponseMessage> Fallback { get; set; }

    public RecordingHandler()
    {
        Fallback = _ => Json(HttpStatusCode.Created, $$"""{"id":"activity-{{Interlocked.Increment(ref _ids)}}"}""");
    }

    public RecordingHandler Then(Func<HttpRequestMessage, HttpResponseMessage> response)
    {
        _script.Enqueue(response);
        return this;
    }

    public RecordingHandler Then(HttpStatusCode status, string? json = null, TimeSpan? retryAfter = null) => Then(_ =>
    {
        var response = json is null ? new HttpResponseMessage(status) : Json(status, json);
        if (retryAfter is { } delay)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
        }

        return response;
    });

    /// <summary>The first request from now on that <paramref name="match"/>es: a signal to wait on instead of polling.</summary>
    public Task<RecordedRequest> NextAsync(Func<RecordedRequest, bool> match)
    {
        var done = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            _waiters.Add((match, done));
        }

        return done.Task;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body);
        Requests.Enqueue(recorded);
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Match(recorded)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(recorded);
            }
        }

        return _script.TryDequeue(out var next) ? next(request) : Fallback(request);
    }
}
