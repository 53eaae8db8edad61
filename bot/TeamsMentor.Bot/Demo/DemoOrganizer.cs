namespace TeamsMentor.Bot.Demo;

/// <summary>An extra organizer for the local demo (e.g. the Agents Playground's current user).</summary>
public sealed class DemoOrganizer
{
    public string Name { get; set; } = "";
    public string AadObjectId { get; set; } = "";
}
