namespace TeamsMentor.Testing;

/// <summary>
/// The Nord demo network as a Development host seeds it (the real plan file, two years of invented history up to the
/// demo clock), with one organizer known by id for the tab's dev sign-in header.
/// </summary>
public static class NordDemo
{
    public const string Network = "mentorprogram-nord";

    /// <summary>The demo organizer's Entra object id (send it as <c>X-TeamsMentor-Dev-User</c>).</summary>
    public const string Organizer = "00000000-0000-0000-0000-0000000000020";

    /// <summary>The host settings for the demo at <paramref name="now"/> (ISO 8601 with offset) on its own table prefix.</summary>
    public static Dictionary<string, string?> Settings(string now, string tablePrefix) => new()
    {
        ["Storage:TablePrefix"] = tablePrefix,
        ["Demo:PlanFiles:0"] = Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json"),
        ["Demo:Now"] = now,
        ["Demo:Organizers:0:Name"] = "Ingrid Solberg",
        ["Demo:Organizers:0:AadObjectId"] = Organizer,
        ["Tab:DangerouslyAllowDevSignIn"] = "true",
    };
}
