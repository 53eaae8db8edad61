using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.Tab;

/// <summary>
/// Every tab API call answers within <see cref="Budget"/>: when storage does not answer in time the call is cancelled and
/// answered 503 with Retry-After (the tab keeps what the user typed and offers to try again), instead of waiting out the
/// storage client's retries for tens of seconds.
/// </summary>
public static class TabTimeBudget
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    public static IApplicationBuilder UseTabTimeBudget(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api/tab"))
            {
                await next(context);
                return;
            }

            var aborted = context.RequestAborted;
            var time = context.RequestServices.GetRequiredService<TimeProvider>();
            using var budget = new CancellationTokenSource(Budget, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, budget.Token);
            context.RequestAborted = linked.Token;
            try
            {
                await next(context);
            }
            catch (Exception ex) when (!aborted.IsCancellationRequested && !context.Response.HasStarted
                && (ex is StorageUnavailableException || (ex is OperationCanceledException && budget.IsCancellationRequested)))
            {
                context.Response.Clear();
                context.Response.Headers.RetryAfter = "10";
                await ApiProblems.Problem(503, ProblemCodes.StorageUnavailable, "Storage unavailable", "Table Storage did not answer in time, so the change may not have been saved. Try again shortly.")
                    .ExecuteAsync(context);
            }
            finally
            {
                context.RequestAborted = aborted;
            }
        });
    }
}
