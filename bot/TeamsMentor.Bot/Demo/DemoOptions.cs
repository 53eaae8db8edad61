namespace TeamsMentor.Bot.Demo;

/// <summary>
/// Configuration section <c>Demo</c> (Development only): plans imported at start-up, and extra organizers (the
/// Agents Playground's user) so a local demo can be driven end to end.
/// </summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Plan documents to import at start-up (paths relative to the content root or absolute).</summary>
    public IList<string> PlanFiles { get; } = [];

    /// <summary>If set, the app's clock starts at this instant (e.g. 2023-04-12T09:00:00+02:00) and runs on from there.</summary>
    public DateTimeOffset? Now { get; set; }

    /// <summary>People added as organizers of every imported plan.</summary>
    public IList<DemoOrganizer> Organizers { get; } = [];
}
