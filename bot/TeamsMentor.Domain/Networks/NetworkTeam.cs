namespace TeamsMentor.Domain.Networks;

/// <summary>A municipality team (deltakerteam), optionally a unit such as a home-care zone, and its Teams channel once linked.</summary>
public sealed record NetworkTeam
{
    public required string Id { get; init; }
    public required string MunicipalityId { get; init; }
    public required string Name { get; init; }
    public string? Unit { get; init; }
    public string? ContactPersonId { get; init; }

    /// <summary>The organizer who follows the team up between gatherings (veiledning): an <see cref="Organizer.Id"/>.</summary>
    public string? AdvisorId { get; init; }
    public ChannelLink? Channel { get; init; }
}
