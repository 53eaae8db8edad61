using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Health;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Tasks;

namespace TeamsMentor.Bot.Health;

/// <summary>
/// Reads what <see cref="NetworkHealth"/> needs for one network: its status reports, each team's task progress, the
/// follow-ups and each team's latest RSVP. Never the evaluation answers.
/// </summary>
public sealed class HealthSignalsReader(IStatusReportRepository reports, ITeamProgressRepository progress, IFollowUpRepository followUps, IOpenScreenRepository openScreen)
{
    public async Task<HealthSignals> ReadAsync(NetworkPlan plan, IReadOnlyList<StatusReport>? knownReports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var network = plan.Network.Id;
        var byTeam = new Dictionary<string, IReadOnlyList<TeamTaskProgress>>(StringComparer.Ordinal);
        foreach (var team in plan.Teams)
        {
            byTeam[team.Id] = [.. (await progress.GetTeamAsync(network, team.Id, cancellationToken)).Select(p => p.Value)];
        }

        var teamOf = plan.Members.ToDictionary(m => m.Id, m => m.TeamId, StringComparer.Ordinal);
        var rsvps = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var rsvp in (await openScreen.ListRsvpsAsync(network, null, cancellationToken)).Values.SelectMany(x => x))
        {
            if (teamOf.TryGetValue(rsvp.MemberId, out var team) && (!rsvps.TryGetValue(team, out var at) || rsvp.At > at))
            {
                rsvps[team] = rsvp.At;
            }
        }

        return new HealthSignals(
            knownReports ?? await reports.ListAsync(network, cancellationToken),
            byTeam,
            [.. (await followUps.ListAsync(network, cancellationToken)).Select(f => f.Value)],
            rsvps);
    }
}
