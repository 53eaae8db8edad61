using System.Net;

namespace TeamsMentor.Infrastructure.Meetings;

/// <summary>
/// Graph's throttling and transient errors (429, 503, 504): waits the Retry-After Graph asks for (default 1 s) and tries
/// again, at most twice, but only while the wait is short enough for someone waiting on a card; otherwise hands the
/// response back (the caller says "try again later"). Waits on the injected clock. Replaces the SDK's own retry handler,
/// which waits on the real clock for up to three minutes.
/// </summary>
public sealed class GraphRetryHandler(TimeProvider time, TimeSpan maxWait) : DelegatingHandler
{
    public const int MaxRetries = 2;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var attempt = request;
        for (var retry = 0; ; retry++)
        {
            var response = await base.SendAsync(attempt, cancellationToken);
            if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout) || retry >= MaxRetries)
            {
                return response;
            }

            var wait = RetryAfter(response, time.GetUtcNow()) ?? TimeSpan.FromSeconds(1);
            if (wait > maxWait)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(wait, time, cancellationToken);
            attempt = Clone(request, body);
        }
    }

    /// <summary>Retry-After as seconds or as an HTTP date.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var header = response.Headers.RetryAfter;
        return header?.Delta ?? (header?.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null);
    }

    private static HttpRequestMessage Clone(HttpRequestMessage request, byte[]? body)
    {
        var clone = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var header in request.Headers)
        {
            clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in request.Options)
        {
            clone.Options.TryAdd(option.Key, option.Value);
        }

        if (body is not null)
        {
            clone.Content = new ByteArrayContent(body);
            foreach (var header in request.Content!.Headers)
            {
                clone.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return clone;
    }
}
