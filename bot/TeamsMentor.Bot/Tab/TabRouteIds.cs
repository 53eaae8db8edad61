namespace TeamsMentor.Bot.Tab;

/// <summary>
/// Ids in the tab API's routes (network, team, task, session, item, wave) are checked before any endpoint runs: an id
/// that cannot be one of ours (blank, <c>.</c> or <c>..</c>, control characters, longer than <see cref="MaxLength"/>) is
/// answered 404 at once, so it never reaches storage (where it would be refused as a key, or retried for seconds).
/// </summary>
public static class TabRouteIds
{
    public const int MaxLength = 256;

    public static IApplicationBuilder UseTabRouteIds(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/tab") && context.GetEndpoint() is not null)
            {
                foreach (var (name, value) in context.Request.RouteValues)
                {
                    if (value is string id && !Valid(id))
                    {
                        await ApiProblems.Problem(404, ProblemCodes.NotAnId, "Not found", $"'{name}' is not an id.").ExecuteAsync(context);
                        return;
                    }
                }
            }

            await next(context);
        });
    }

    public static bool Valid(string id) =>
        id is { Length: > 0 and <= MaxLength } && !string.IsNullOrWhiteSpace(id) && id is not ("." or "..") && !id.Any(char.IsControl);
}
