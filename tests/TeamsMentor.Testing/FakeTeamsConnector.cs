using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TeamsMentor.Testing;

/// <summary>
/// A Bot Connector on loopback (real HTTP) that behaves as Teams documents: it enforces the per-conversation and
/// per-tenant limits and answers 429 with Retry-After when they are exceeded, 403 MessageWritesBlocked for blocked
/// conversations, 404 for gone ones, 413 for oversize messages and 5xx at a configurable rate, and it records every
/// accepted activity so tests can count duplicates and losses. Only accepted requests count toward the limits.
/// </summary>
public sealed class FakeTeamsConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly object _lock = new();
    private readonly List<FakeConnectorRecord> _accepted = [];
    private readonly List<(DateTimeOffset At, int Status)> _requests = [];
    private readonly Dictionary<string, List<DateTimeOffset>> _conversationSends = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _tenantSends = new();
    private readonly HashSet<string> _activityIds = new(StringComparer.Ordinal);
    private readonly Random _random;
    private long _nextId;

    private FakeTeamsConnector(WebApplication app, FakeConnectorSettings settings)
    {
        _app = app;
        Settings = settings;
        _random = new Random(settings.Seed);
    }

    public FakeConnectorSettings Settings { get; }

    /// <summary>The serviceUrl to store for conversations served by this fake (ends with '/').</summary>
    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyList<FakeConnectorRecord> Accepted
    {
        get
        {
            lock (_lock)
            {
                return [.. _accepted];
            }
        }
    }

    /// <summary>Every request with its answer's status code, in arrival order.</summary>
    public IReadOnlyList<(DateTimeOffset At, int Status)> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public int Count(int status) => Requests.Count(r => r.Status == status);

    public static async Task<FakeTeamsConnector> StartAsync(FakeConnectorSettings? settings = null, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
        var app = builder.Build();
        var fake = new FakeTeamsConnector(app, settings ?? new FakeConnectorSettings());
        Func<HttpContext, Task<IResult>> create = fake.CreateConversationAsync;
        app.MapPost("/v3/conversations", create);
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext h, string conversationId) => fake.PostAsync(h, conversationId));
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (HttpContext h, string conversationId) => fake.PostAsync(h, conversationId));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", fake.PutAsync);
        app.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", fake.DeleteAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.ServiceUrl = address.TrimEnd('/') + "/";
        return fake;
    }

    /// <summary>Accepted activities that repeat an earlier one (same conversation, same content).</summary>
    public int Duplicates(Func<FakeConnectorRecord, bool>? filter = null) =>
        Accepted.Where(filter ?? (_ => true)).GroupBy(r => r.Key, StringComparer.Ordinal).Sum(g => g.Count() - 1);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> CreateConversationAsync(HttpContext http)
    {
        var body = await ReadAsync(http);
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return Error(400, "BadArgument", "The body is not JSON.");
        }

        var channel = json?["channelData"]?["channel"]?["id"]?.GetValue<string>();
        if (json?["isGroup"]?.GetValue<bool>() == true && channel is not null)
        {
            return await AcceptAsync("POST", channel, body, id => Results.Json(new { id = $"{channel};messageid={id}", activityId = id }, statusCode: 201));
        }

        var member = json?["members"]?[0]?["id"]?.GetValue<string>();
        return member is null ? Error(400, "BadArgument", "members or channelData.channel is required.") : Results.Json(new { id = "a:" + member });
    }

    private async Task<IResult> PostAsync(HttpContext http, string conversationId) =>
        await AcceptAsync("POST", conversationId, await ReadAsync(http), id => Results.Json(new { id }, statusCode: 201));

    private async Task<IResult> PutAsync(HttpContext http, string conversationId, string activityId)
    {
        var body = await ReadAsync(http);
        bool known;
        lock (_lock)
        {
            known = _activityIds.Contains(activityId);
        }

        return known ? await AcceptAsync("PUT", conversationId, body, id => Results.Json(new { id = activityId }))
            : Error(404, "ActivityNotFound", "Unknown activity.");
    }

    /// <summary>DELETE of a sent activity: 200 and the activity is gone (a second DELETE gets 404, as for any unknown activity).</summary>
    private async Task<IResult> DeleteAsync(string conversationId, string activityId)
    {
        bool known;
        lock (_lock)
        {
            known = _activityIds.Remove(activityId);
        }

        return known ? await AcceptAsync("DELETE", conversationId, activityId, _ => Results.Ok())
            : Error(404, "ActivityNotFound", "Unknown activity.");
    }

    private async Task<IResult> AcceptAsync(string method, string conversationId, string body, Func<string, IResult> ok)
    {
        if (Settings.Latency > TimeSpan.Zero)
        {
            await Task.Delay(Settings.Latency);
        }

        var conversation = conversationId.Split(";messageid=")[0];
        lock (_lock)
        {
            var now = DateTimeOffset.UtcNow;
            var (status, result) = Judge(conversation, body, now);
            if (status == 200)
            {
                var id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _activityIds.Add(id);
                _tenantSends.Enqueue(now);
                if (!_conversationSends.TryGetValue(conversation, out var sends))
                {
                    _conversationSends[conversation] = sends = [];
                }

                sends.Add(now);
                _accepted.Add(new FakeConnectorRecord(method, conversation, id, body, now));
                result = ok(id);
            }

            _requests.Add((now, status));
            return result!;
        }
    }

    private (int Status, IResult? Result) Judge(string conversation, string body, DateTimeOffset now)
    {
        if (now < Settings.StormUntil)
        {
            return (429, Throttle(Settings.StormRetryAfter));
        }

        if (Encoding.UTF8.GetByteCount(body) > Settings.MaxBodyBytes)
        {
            return (413, Error(413, "MessageSizeTooBig", "The message is too large."));
        }

        if (Settings.Blocked.Contains(conversation))
        {
            return (403, Results.Json(new { error = new { code = "Forbidden", subCode = "MessageWritesBlocked", message = "The user blocked the bot." } }, statusCode: 403));
        }

        if (Settings.Gone.Contains(conversation))
        {
            return (404, Error(404, "ConversationNotFound", "Conversation not found."));
        }

        if (Settings.ServerErrorRate > 0 && _random.NextDouble() < Settings.ServerErrorRate)
        {
            var status = new[] { 503, 502, 500 }[_random.Next(3)];
            return (status, Error(status, "ServiceError", "Try again."));
        }

        while (_tenantSends.Count > 0 && now - _tenantSends.Peek() >= TimeSpan.FromSeconds(1))
        {
            _tenantSends.Dequeue();
        }

        if (_tenantSends.Count >= Settings.TenantPerSecond)
        {
            return (429, Throttle(_tenantSends.Peek() + TimeSpan.FromSeconds(1) - now));
        }

        if (_conversationSends.TryGetValue(conversation, out var sends))
        {
            foreach (var (count, window) in Settings.ConversationLimits)
            {
                var inWindow = sends.Where(t => now - t < window).OrderBy(t => t).ToList();
                if (inWindow.Count >= count)
                {
                    return (429, Throttle(inWindow[^count] + window - now));
                }
            }
        }

        return (200, null);
    }

    private static IResult Throttle(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return new ThrottledResult(seconds);
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    private static async Task<string> ReadAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(http.RequestAborted);
    }

    private sealed class ThrottledResult(int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = 429;
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return httpContext.Response.WriteAsJsonAsync(new { error = new { code = "Throttled", message = "Too many requests." } });
        }
    }
}
