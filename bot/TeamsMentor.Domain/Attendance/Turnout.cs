using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Attendance;

/// <summary>
/// Turnout at the gatherings: for each gathering whose attendance is recorded, how many of the plan's members came, in
/// the network and per municipality (members counted by the teams they are on now; people no longer in the plan are
/// counted in the network's total only).
/// </summary>
public static class Turnout
{
    public static IReadOnlyList<GatheringTurnout> Compute(NetworkPlan plan, IReadOnlyDictionary<int, GatheringAttendance> recorded)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(recorded);
        var municipalityOf = plan.Teams.ToDictionary(t => t.Id, t => t.MunicipalityId, StringComparer.Ordinal);
        var members = plan.Members.Where(m => municipalityOf.ContainsKey(m.TeamId)).ToDictionary(m => m.Id, m => municipalityOf[m.TeamId], StringComparer.Ordinal);
        return [.. plan.Gatherings.Select(g =>
        {
            if (!recorded.TryGetValue(g.Number, out var attendance))
            {
                return new GatheringTurnout(g.Number, false, 0, members.Count, []);
            }

            var present = attendance.MemberIds.Distinct(StringComparer.Ordinal).ToList();
            return new GatheringTurnout(g.Number, true, present.Count, members.Count,
                [.. plan.Network.Municipalities.Select(m => new MunicipalityTurnout(m.Id,
                    present.Count(id => members.TryGetValue(id, out var municipality) && municipality == m.Id),
                    members.Count(x => x.Value == m.Id)))]);
        })];
    }
}

/// <summary>One gathering's turnout: whether it is recorded, how many came of how many members, and per municipality.</summary>
public sealed record GatheringTurnout(int Gathering, bool Recorded, int Present, int Members, IReadOnlyList<MunicipalityTurnout> Municipalities);

public sealed record MunicipalityTurnout(string MunicipalityId, int Present, int Members);
