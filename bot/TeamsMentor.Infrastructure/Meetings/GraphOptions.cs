namespace TeamsMentor.Infrastructure.Meetings;

/// <summary>
/// Microsoft Graph for open-screen meetings (section <c>Graph</c>). With no <see cref="OrganizerUserId"/> the app creates
/// no meetings and organizers paste a Teams join link. The app needs the application permission Calendars.ReadWrite
/// (and OnlineMeetings.Read.All + OnlineMeetingArtifact.Read.All to import attendance), each limited to the organizer
/// account by an application access policy (README, "Microsoft Graph").
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>The Entra object id of the account whose calendar holds the meetings (a shared organizer account, e.g. the network's mailbox).</summary>
    public string? OrganizerUserId { get; set; }

    /// <summary>Use the app's managed identity (in Azure). Otherwise <see cref="TenantId"/>, <see cref="ClientId"/> and <see cref="ClientSecret"/>.</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty: the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    /// <summary>A secret (user secrets or Key Vault only, never appsettings).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The longest Retry-After worth waiting for while an organizer waits on a card (default 5 s); longer: "try again later".</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one Graph request may take (default 10 s: a card action must answer within 15 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(OrganizerUserId);
}
