using Microsoft.AspNetCore.Diagnostics;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.Hosting;

/// <summary>
/// A tab API call during a storage outage is answered 503 with Retry-After (the caller's input is kept by the tab and
/// can be sent again), not 500: nothing the caller sent was wrong. /api/messages has its own turn boundary.
/// </summary>
public sealed class StorageOutageHandler : IExceptionHandler
{
    public const int RetryAfterSeconds = 10;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not StorageUnavailableException || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Tab.ApiProblems.Problem(503, "Storage unavailable", "Table Storage did not answer in time, so the change may not have been saved. Try again shortly.")
            .ExecuteAsync(httpContext);
        return true;
    }
}
