using System.Globalization;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>Maps a network's domain records to and from their rows in the <c>Networks</c> table.</summary>
internal static class NetworkRows
{
    public static NetworkEntity From(LearningNetwork n) => new()
    {
        PartitionKey = n.Id,
        Name = n.Name,
        Description = n.Description,
        Start = DateTime.SpecifyKind(n.Start.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
        End = DateTime.SpecifyKind(n.End.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
        TimeZoneId = n.TimeZoneId,
        DefaultLocale = n.DefaultLocale,
        SmallGroupMinimum = n.SmallGroupMinimum,
        OrganizersJson = StoredJson.Write(n.Organizers),
        PhasesJson = StoredJson.Write(n.Phases),
        MunicipalitiesJson = StoredJson.Write(n.Municipalities),
        ScheduleJson = StoredJson.Write(n.Schedule),
        OrganizerChannelJson = n.OrganizerChannel is null ? null : StoredJson.Write(n.OrganizerChannel),
    };

    public static LearningNetwork To(NetworkEntity e) => new()
    {
        Id = e.PartitionKey,
        Name = e.Name,
        Description = e.Description,
        Start = DateOnly.FromDateTime(e.Start),
        End = DateOnly.FromDateTime(e.End),
        TimeZoneId = e.TimeZoneId,
        DefaultLocale = e.DefaultLocale,
        SmallGroupMinimum = e.SmallGroupMinimum == 0 ? Domain.Evaluations.SmallGroups.Minimum : e.SmallGroupMinimum,
        Organizers = StoredJson.Read<List<Organizer>>(e.OrganizersJson, []),
        Phases = StoredJson.Read<List<Phase>>(e.PhasesJson, []),
        Municipalities = StoredJson.Read<List<Municipality>>(e.MunicipalitiesJson, []),
        Schedule = StoredJson.Read(e.ScheduleJson, new PromptSchedule()),
        OrganizerChannel = e.OrganizerChannelJson is null ? null : StoredJson.Read<ChannelLink?>(e.OrganizerChannelJson, null),
    };

    public static GatheringEntity From(string networkId, Gathering g) => new()
    {
        PartitionKey = networkId,
        RowKey = GatheringEntity.KeyOf(g.Number),
        Number = g.Number,
        Theme = g.Theme,
        Start = g.Start,
        End = g.End,
        Mode = g.Mode.ToString(),
        Place = g.Place,
        MeetingUrl = g.MeetingUrl,
        Agenda = g.Agenda,
        StatusReportDeadline = g.StatusReportDeadline,
        EvaluationOpens = g.EvaluationOpens,
        EvaluationCloses = g.EvaluationCloses,
    };

    public static Gathering To(GatheringEntity e, TimeZoneInfo zone) => new()
    {
        Number = e.Number,
        Theme = e.Theme,
        Start = TimeZoneInfo.ConvertTime(e.Start, zone),
        End = TimeZoneInfo.ConvertTime(e.End, zone),
        Mode = Enum.Parse<GatheringMode>(e.Mode),
        Place = e.Place,
        MeetingUrl = e.MeetingUrl,
        Agenda = e.Agenda,
        StatusReportDeadline = e.StatusReportDeadline is { } d ? TimeZoneInfo.ConvertTime(d, zone) : null,
        EvaluationOpens = e.EvaluationOpens is { } o ? TimeZoneInfo.ConvertTime(o, zone) : null,
        EvaluationCloses = e.EvaluationCloses is { } c ? TimeZoneInfo.ConvertTime(c, zone) : null,
    };

    public static TeamEntity From(string networkId, NetworkTeam t, int order) => new()
    {
        PartitionKey = networkId,
        RowKey = TeamEntity.Prefix + t.Id,
        TeamId = t.Id,
        MunicipalityId = t.MunicipalityId,
        Name = t.Name,
        Unit = t.Unit,
        ContactPersonId = t.ContactPersonId,
        AdvisorId = t.AdvisorId,
        ChannelTenantId = t.Channel?.TenantId,
        ChannelTeamsTeamId = t.Channel?.TeamsTeamId,
        ChannelId = t.Channel?.ChannelId,
        ChannelServiceUrl = t.Channel?.ServiceUrl,
        ChannelLinkedAt = t.Channel?.LinkedAt,
        ChannelLinkedBy = t.Channel?.LinkedBy,
        Order = order,
    };

    public static NetworkTeam To(TeamEntity e) => new()
    {
        Id = e.TeamId,
        MunicipalityId = e.MunicipalityId,
        Name = e.Name,
        Unit = e.Unit,
        ContactPersonId = e.ContactPersonId,
        AdvisorId = e.AdvisorId,
        Channel = e.ChannelId is null || e.ChannelTenantId is null || e.ChannelServiceUrl is null
            ? null
            : new ChannelLink(e.ChannelTenantId, e.ChannelTeamsTeamId ?? "", e.ChannelId, e.ChannelServiceUrl, e.ChannelLinkedAt ?? default, e.ChannelLinkedBy),
    };

    public static MemberEntity From(string networkId, Member m, int order) => new()
    {
        PartitionKey = networkId,
        RowKey = MemberEntity.Prefix + m.Id,
        MemberId = m.Id,
        TeamId = m.TeamId,
        Name = m.Name,
        Email = m.Email,
        AadObjectId = m.AadObjectId,
        TeamsUserId = m.TeamsUserId,
        Roles = (int)m.Roles,
        IsGuest = m.IsGuest,
        JoinedViaTeams = m.JoinedViaTeams,
        LeftAt = m.LeftAt,
        Order = order,
    };

    public static Member To(MemberEntity e) => new()
    {
        Id = e.MemberId,
        TeamId = e.TeamId,
        Name = e.Name,
        Email = e.Email,
        AadObjectId = e.AadObjectId,
        TeamsUserId = e.TeamsUserId,
        Roles = (TeamRoles)e.Roles,
        IsGuest = e.IsGuest,
        JoinedViaTeams = e.JoinedViaTeams,
        LeftAt = e.LeftAt,
    };

    public static TaskEntity From(string networkId, TaskItem t, int order) => new()
    {
        PartitionKey = networkId,
        RowKey = TaskEntity.Prefix + t.Id,
        TaskId = t.Id,
        Title = t.Title,
        Description = t.Description,
        GivenAt = t.GivenAt,
        DueBefore = t.DueBefore,
        DueAt = t.DueAt,
        Order = order,
    };

    public static TaskItem To(TaskEntity e, TimeZoneInfo zone) => new()
    {
        Id = e.TaskId,
        Title = e.Title,
        Description = e.Description,
        GivenAt = e.GivenAt,
        DueBefore = e.DueBefore,
        DueAt = e.DueAt is { } d ? TimeZoneInfo.ConvertTime(d, zone) : null,
    };

    public static EvaluationItemEntity From(string networkId, EvaluationItem i, int order) => new()
    {
        PartitionKey = networkId,
        RowKey = EvaluationItemEntity.Prefix + i.Id,
        ItemId = i.Id,
        Kind = i.Kind.ToString(),
        TextNb = i.TextNb,
        TextEn = i.TextEn,
        Stable = i.Stable,
        Gatherings = i.Gatherings is null ? null : string.Join(",", i.Gatherings.Select(g => g.ToString(CultureInfo.InvariantCulture))),
        Order = order,
    };

    public static EvaluationItem To(EvaluationItemEntity e) => new()
    {
        Id = e.ItemId,
        Kind = Enum.Parse<EvaluationItemKind>(e.Kind),
        TextNb = e.TextNb,
        TextEn = e.TextEn,
        Stable = e.Stable,
        Gatherings = e.Gatherings is null ? null : [.. e.Gatherings.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
    };
}
