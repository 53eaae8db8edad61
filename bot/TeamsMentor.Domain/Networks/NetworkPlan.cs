namespace TeamsMentor.Domain.Networks;

/// <summary>A whole network as planned: the network and its gatherings, teams, members, tasks and evaluation items.</summary>
public sealed record NetworkPlan
{
    public required LearningNetwork Network { get; init; }
    public IReadOnlyList<Gathering> Gatherings { get; init; } = [];
    public IReadOnlyList<NetworkTeam> Teams { get; init; } = [];
    public IReadOnlyList<Member> Members { get; init; } = [];
    public IReadOnlyList<TaskItem> Tasks { get; init; } = [];
    public IReadOnlyList<EvaluationItem> EvaluationItems { get; init; } = [];

    /// <summary>The status report's questions (<see cref="Reports.ReportItems.Defaults"/> unless the plan says otherwise).</summary>
    public IReadOnlyList<Reports.ReportItem> ReportItems { get; init; } = Reports.ReportItems.Defaults;

    public Gathering? GatheringNumber(int number) => Gatherings.FirstOrDefault(g => g.Number == number);

    /// <summary>Everyone on the team in the plan, those who have left it in Teams too.</summary>
    public IEnumerable<Member> MembersOf(string teamId) => Members.Where(m => m.TeamId == teamId);

    /// <summary>The team's current members: who is asked, invited and may act (not those who have left it in Teams).</summary>
    public IEnumerable<Member> CurrentMembersOf(string teamId) => MembersOf(teamId).Where(m => m.IsCurrent);

    /// <summary>The name of the team's municipality (its id when the plan names no such municipality).</summary>
    public string MunicipalityName(NetworkTeam team) => MunicipalityName((team ?? throw new ArgumentNullException(nameof(team))).MunicipalityId);

    /// <summary>The municipality's name (its id when the plan names no such municipality).</summary>
    public string MunicipalityName(string municipalityId) =>
        Network.Municipalities.FirstOrDefault(m => m.Id == municipalityId)?.Name ?? municipalityId;

    /// <summary>The team's contact person: the one the team names, else the first member holding the role; null when none.</summary>
    public Member? ContactOf(NetworkTeam team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return (team.ContactPersonId is { } id ? Members.FirstOrDefault(m => m.Id == id && m.TeamId == team.Id) : null)
            ?? MembersOf(team.Id).FirstOrDefault(m => m.Has(TeamRoles.ContactPerson));
    }
}
