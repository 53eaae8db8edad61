namespace TeamsMentor.Domain.Networks;

/// <summary>The Teams channel a team works in, linked by an organizer; where the bot posts the team's cards.</summary>
public sealed record ChannelLink(
    string TenantId,
    string TeamsTeamId,
    string ChannelId,
    string ServiceUrl,
    DateTimeOffset LinkedAt,
    string? LinkedBy);
