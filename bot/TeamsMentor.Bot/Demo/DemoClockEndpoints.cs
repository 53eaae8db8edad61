using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Tab;

namespace TeamsMentor.Bot.Demo;

/// <summary>
/// Development demo only (<c>Demo:Now</c> set): <c>POST /api/dev/clock/advance?hours=24</c> moves the app's clock on,
/// so a local demo or a Playground test can go to the next day (prompts and reminders then fall due). 404 otherwise.
/// </summary>
public static class DemoClockEndpoints
{
    public const int MaxHours = 24 * 400;

    public sealed record ClockDto(DateTimeOffset Now);

    public static void MapDemoClock(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/dev/clock/advance", Advance).AllowAnonymous().DisableAntiforgery();

    private static Results<Ok<ClockDto>, ProblemHttpResult, NotFound> Advance(double? hours, TimeProvider time)
    {
        if (time is not ShiftedTimeProvider demo)
        {
            return TypedResults.NotFound();
        }

        if (hours is not { } h || double.IsNaN(h) || h <= 0 || h > MaxHours)
        {
            return ApiProblems.Problem(400, ProblemCodes.DemoInvalidHours, "Invalid hours", $"Give ?hours= between 0 and {MaxHours} (the clock only moves forward).");
        }

        return TypedResults.Ok(new ClockDto(demo.Advance(TimeSpan.FromHours(h))));
    }
}
