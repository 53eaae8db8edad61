using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsMentor.Protocol.Schema;
using TeamsMentor.Protocol.Serialization;

namespace TeamsMentor.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (bot-protocol.md §4) as a typed HttpClient. Every call is addressed by the serviceUrl
/// it belongs to, refused when that URL is not trusted, retried inline for 412/429/502/503/504 within
/// <see cref="ConnectorOptions"/>, and answered with a <see cref="ConnectorResult{T}"/> instead of an exception.
/// </summary>
public sealed class ConnectorClient(
    HttpClient http,
    ServiceUrlPolicy policy,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<ConnectorClient> logger)
{
    private static readonly ProtocolJsonContext Json = ProtocolJsonContext.Default;

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, ConnectorUris.Activities(serviceUrl, conversationId), activity, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, ConnectorUris.Activity(serviceUrl, conversationId, replyToId), activity, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Put, ConnectorUris.Activity(serviceUrl, conversationId, activityId), activity, cancellationToken);

    public async Task<ConnectorResult<bool>> DeleteActivityAsync(
        string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var result = await CallAsync<ResourceResponse>(HttpMethod.Delete, ConnectorUris.Activity(serviceUrl, conversationId, activityId),
            body: null, responseType: null, cancellationToken);
        return new ConnectorResult<bool>(result.Outcome, result.IsSuccess, result.RetryAfter, result.StatusCode, result.ErrorCode, result.Attempts);
    }

    /// <summary>Creates a 1:1 chat (one member) or a new channel thread (<c>isGroup</c> + <c>channelData.channel.id</c> + activity).</summary>
    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var body = JsonSerializer.SerializeToUtf8Bytes(parameters, Json.ConversationParameters);
        return CallAsync(HttpMethod.Post, ConnectorUris.Conversations(serviceUrl), body, Json.ConversationResourceResponse, cancellationToken);
    }

    /// <summary>One page of the conversation's members (the non-paged list is deprecated and heavily throttled).</summary>
    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Get, ConnectorUris.PagedMembers(serviceUrl, conversationId, pageSize, continuationToken),
            body: null, Json.PagedMembersResult, cancellationToken);

    /// <summary>All members, following <c>continuationToken</c> until the last page.</summary>
    public async Task<ConnectorResult<IReadOnlyList<ChannelAccount>>> GetAllMembersAsync(
        string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        var members = new List<ChannelAccount>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await GetPagedMembersAsync(serviceUrl, conversationId, 500, continuation, cancellationToken);
            if (!page.IsSuccess)
            {
                return new ConnectorResult<IReadOnlyList<ChannelAccount>>(page.Outcome, null, page.RetryAfter, page.StatusCode, page.ErrorCode, page.Attempts);
            }

            members.AddRange(page.Value?.Members ?? []);
            continuation = page.Value?.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation) && ++pages < 1000);

        return new ConnectorResult<IReadOnlyList<ChannelAccount>>(ConnectorOutcome.Sent, members);
    }

    /// <summary>
    /// One attempt, no inline retry: for the delivery engine, which records every attempt and schedules retries itself
    /// (429 comes back as Throttled with its Retry-After; a lost answer as Failed with <c>TransportError</c> or <c>Timeout</c>).
    /// </summary>
    public Task<ConnectorResult<ResourceResponse>> SendOnceAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, ConnectorUris.Activities(serviceUrl, conversationId), activity, cancellationToken, inline: false);

    /// <summary>Replaces a sent activity; one attempt (see <see cref="SendOnceAsync"/>).</summary>
    public Task<ConnectorResult<ResourceResponse>> UpdateOnceAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Put, ConnectorUris.Activity(serviceUrl, conversationId, activityId), activity, cancellationToken, inline: false);

    /// <summary>Deletes a sent activity; one attempt (see <see cref="SendOnceAsync"/>).</summary>
    public async Task<ConnectorResult<bool>> DeleteOnceAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var result = await CallAsync<ResourceResponse>(HttpMethod.Delete, ConnectorUris.Activity(serviceUrl, conversationId, activityId),
            body: null, responseType: null, cancellationToken, inline: false);
        return new ConnectorResult<bool>(result.Outcome, result.IsSuccess, result.RetryAfter, result.StatusCode, result.ErrorCode, result.Attempts);
    }

    /// <summary>Creates a conversation or channel thread; one attempt (see <see cref="SendOnceAsync"/>).</summary>
    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationOnceAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var body = JsonSerializer.SerializeToUtf8Bytes(parameters, Json.ConversationParameters);
        return TooLarge<ConversationResourceResponse>(body)
            ?? CallAsync(HttpMethod.Post, ConnectorUris.Conversations(serviceUrl), body, Json.ConversationResourceResponse, cancellationToken, inline: false);
    }

    private Task<ConnectorResult<ResourceResponse>> SendActivityAsync(
        HttpMethod method, Uri uri, Activity activity, CancellationToken cancellationToken, bool inline = true)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, Json.Activity);
        return TooLarge<ResourceResponse>(body) ?? CallAsync(method, uri, body, Json.ResourceResponse, cancellationToken, inline);
    }

    /// <summary>A body over <see cref="ConnectorOptions.MaxActivityBytes"/> is refused before sending (Teams would answer 413).</summary>
    private Task<ConnectorResult<T>>? TooLarge<T>(byte[] body)
    {
        var limit = options.Value.Connector.MaxActivityBytes;
        if (body.Length <= limit)
        {
            return null;
        }

        ConnectorLog.ActivityTooLarge(logger, body.Length, limit);
        return Task.FromResult(ConnectorResult<T>.Failed("MessageTooLarge"));
    }

    private async Task<ConnectorResult<T>> CallAsync<T>(
        HttpMethod method, Uri uri, byte[]? body, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken, bool inline = true)
    {
        if (policy.Evaluate(uri) == ServiceUrlTrust.Untrusted)
        {
            ConnectorLog.UntrustedServiceUrl(logger, uri.Host);
            return ConnectorResult<T>.Failed("UntrustedServiceUrl");
        }

        var retry = options.Value.Connector;
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var verdict = await AttemptAsync(method, uri, body, responseType, attempt, cancellationToken);
            if (verdict.Result is { } final)
            {
                return final;
            }

            var delay = verdict.RetryDelay!.Value;
            var outOfBudget = !inline || attempt >= retry.MaxAttempts || delay > retry.MaxInlineRetryAfter
                || time.GetElapsedTime(started) + delay > retry.MaxInlineDuration
                || (verdict.StatusCode is null && method == HttpMethod.Post); // the POST may have arrived: never resend blindly
            if (outOfBudget)
            {
                return verdict.StatusCode == 429
                    ? new ConnectorResult<T>(ConnectorOutcome.Throttled, RetryAfter: delay, StatusCode: 429, ErrorCode: "Throttled", Attempts: attempt)
                    : new ConnectorResult<T>(ConnectorOutcome.Failed, RetryAfter: delay, StatusCode: verdict.StatusCode, ErrorCode: verdict.ErrorCode, Attempts: attempt);
            }

            ConnectorLog.Retrying(logger, verdict.StatusCode ?? 0, attempt, delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private async Task<AttemptVerdict<T>> AttemptAsync<T>(
        HttpMethod method, Uri uri, byte[]? body, JsonTypeInfo<T>? responseType, int attempt, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (UntrustedServiceUrlException)
        {
            return AttemptVerdict<T>.Final(ConnectorResult<T>.Failed("UntrustedServiceUrl", attempts: attempt));
        }
        catch (Exception ex) when (ex is Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException)
        {
            ConnectorLog.TokenUnavailable(logger, ex);
            return AttemptVerdict<T>.Final(ConnectorResult<T>.Failed("TokenUnavailable", attempts: attempt));
        }
        catch (HttpRequestException ex)
        {
            ConnectorLog.TransportError(logger, ex);
            return AttemptVerdict<T>.Retry(null, "TransportError", Backoff(attempt));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return AttemptVerdict<T>.Retry(null, "Timeout", Backoff(attempt));
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var value = await ReadAsync(response, responseType, cancellationToken);
                return AttemptVerdict<T>.Final(new ConnectorResult<T>(ConnectorOutcome.Sent, value, StatusCode: status, Attempts: attempt));
            }

            var error = await ReadErrorAsync(response, cancellationToken);
            var code = error?.Error?.Code;
            ConnectorLog.CallFailed(logger, status, code ?? "-", OperationId(response));
            switch (response.StatusCode)
            {
                case HttpStatusCode.TooManyRequests:
                    return AttemptVerdict<T>.Retry(status, code ?? "Throttled", RetryAfter(response) ?? Backoff(attempt));
                case HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout:
                    return AttemptVerdict<T>.Retry(status, code ?? "ServerError", RetryAfter(response) ?? Backoff(attempt));
                case HttpStatusCode.NotFound:
                    return AttemptVerdict<T>.Final(new ConnectorResult<T>(ConnectorOutcome.RecipientGone, StatusCode: status, ErrorCode: code ?? "NotFound", Attempts: attempt));
                case HttpStatusCode.Forbidden when IsWritesBlocked(error):
                    return AttemptVerdict<T>.Final(new ConnectorResult<T>(ConnectorOutcome.RecipientGone, StatusCode: status, ErrorCode: "MessageWritesBlocked", Attempts: attempt));
                case HttpStatusCode.RequestEntityTooLarge:
                    return AttemptVerdict<T>.Final(ConnectorResult<T>.Failed(code ?? "MessageSizeTooBig", status, attempt));
                default:
                    return AttemptVerdict<T>.Final(ConnectorResult<T>.Failed(code ?? response.StatusCode.ToString(), status, attempt));
            }
        }
    }

    private static bool IsWritesBlocked(ErrorResponse? error) =>
        string.Equals(error?.Error?.SubCode, "MessageWritesBlocked", StringComparison.OrdinalIgnoreCase)
        || string.Equals(error?.Error?.Code, "MessageWritesBlocked", StringComparison.OrdinalIgnoreCase);

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        if (wait is not { } w)
        {
            return null;
        }

        // Clamp: negative means "now"; absurd values (days) are kept finite so callers can still schedule them.
        return w < TimeSpan.Zero ? TimeSpan.Zero : w > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : w;
    }

    private TimeSpan Backoff(int attempt)
    {
        var retry = options.Value.Connector;
        var exponential = retry.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, retry.MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter spreads retries; it is not a security decision.
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(Math.Min(capped * jitter, retry.MaxDelay.TotalMilliseconds));
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T>? type, CancellationToken cancellationToken)
    {
        if (type is null || response.Content.Headers.ContentLength == 0)
        {
            return default;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, type);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static async Task<ErrorResponse?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, Json.ErrorResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string OperationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? string.Join(",", values) : "-";
}
