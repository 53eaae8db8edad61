using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>The open-screen workspace's JSON: sessions (state, invited teams, answers, attendance) and one session's people.</summary>
public static class OpenScreenDtos
{
    public sealed record TeamRefDto(string Id, string Name);

    public sealed record AttendanceDto(int Count, AttendanceSource Source, DateTimeOffset RecordedAt);

    /// <param name="State">upcoming, past (it has started) or cancelled.</param>
    /// <param name="Started">It has started, by the host's clock (the tab must not use the browser's: the demo runs in the past).</param>
    /// <param name="Ended">It has ended, by the host's clock.</param>
    public sealed record SessionDto(string Id, string Topic, string? Description, DateTimeOffset Start, DateTimeOffset End, int DurationMinutes, string? JoinUrl,
        string CalendarUrl, bool CreatedByGraph, string State, bool Started, bool Ended, bool AllTeams, IReadOnlyList<TeamRefDto> Teams, RsvpCounts Rsvp,
        AttendanceDto? Attendance, string? Version);

    public sealed record PersonDto(string MemberId, string Name, string TeamId, string TeamName, RsvpChoice? Rsvp, bool Attended);

    public sealed record DetailDto(SessionDto Session, IReadOnlyList<PersonDto> People);

    /// <summary>Builds the DTOs from what <c>LoadAsync</c> read for the network.</summary>
    public abstract class Builder(TimeProvider time)
    {
        protected TimeProvider Clock => time;

        protected IReadOnlyDictionary<string, IReadOnlyList<OpenScreenRsvp>> Rsvps { get; set; } = new Dictionary<string, IReadOnlyList<OpenScreenRsvp>>();

        protected IReadOnlyDictionary<string, OpenScreenAttendance> Attendance { get; set; } = new Dictionary<string, OpenScreenAttendance>();

        public SessionDto Session(NetworkPlan plan, OpenScreenSession s, string? version)
        {
            ArgumentNullException.ThrowIfNull(plan);
            ArgumentNullException.ThrowIfNull(s);
            var zone = plan.Network.Zone;
            var now = time.GetUtcNow();
            var state = s.IsCancelled ? "cancelled" : now >= s.Start ? "past" : "upcoming";
            var teams = plan.Teams.Where(x => s.Invites(x.Id)).Select(x => new TeamRefDto(x.Id, x.Name)).ToList();
            var attendance = Attendance.TryGetValue(s.Id, out var a) ? new AttendanceDto(a.MemberIds.Count, a.Source, a.RecordedAt) : null;
            var calendar = $"/openscreen/{Uri.EscapeDataString(plan.Network.Id)}/{Uri.EscapeDataString(s.Id)}.ics";
            return new SessionDto(s.Id, s.Topic, s.Description, TimeZoneInfo.ConvertTime(s.Start, zone), TimeZoneInfo.ConvertTime(s.End, zone), s.DurationMinutes, s.JoinUrl,
                calendar, s.MeetingEventId is not null, state, now >= s.Start, now >= s.End, s.TeamIds.Count == 0, teams, RsvpCounts.From(Rsvps.GetValueOrDefault(s.Id) ?? []), attendance, version);
        }

        /// <summary>The session and its people: the invited teams' members (by team, then name), and anyone else who answered or came.</summary>
        public DetailDto Detail(NetworkPlan plan, OpenScreenSession session)
        {
            ArgumentNullException.ThrowIfNull(plan);
            ArgumentNullException.ThrowIfNull(session);
            var rsvps = Rsvps.GetValueOrDefault(session.Id) ?? [];
            var came = Attendance.TryGetValue(session.Id, out var a) ? a.MemberIds.ToHashSet(StringComparer.Ordinal) : [];
            var teamOrder = plan.Teams.Select((x, i) => (x.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            var people = plan.Members
                .Where(m => session.Invites(m.TeamId) || rsvps.Any(r => r.MemberId == m.Id) || came.Contains(m.Id))
                .OrderBy(m => teamOrder.GetValueOrDefault(m.TeamId, int.MaxValue)).ThenBy(m => m.Name, StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), false))
                .Select(m => new PersonDto(m.Id, m.Name, m.TeamId, plan.Teams.FirstOrDefault(x => x.Id == m.TeamId)?.Name ?? m.TeamId,
                    rsvps.FirstOrDefault(r => r.MemberId == m.Id)?.Choice, came.Contains(m.Id)))
                .ToList();
            return new DetailDto(Session(plan, session, null), people);
        }
    }
}
