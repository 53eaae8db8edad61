using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Reports;

/// <summary>Status reports in Azure Tables: a read and a guarded write (<see cref="GuardedWrite"/>) per save (two transactions).</summary>
public sealed class StatusReportRepository(TableProvider tables) : IStatusReportRepository
{
    public const string TableName = "StatusReports";

    public async Task<Versioned<StatusReport>?> GetAsync(string networkId, string teamId, int gathering, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<StatusReportEntity>(TableKeys.Encode(networkId), RowKeyOf(teamId, gathering), cancellationToken: cancellationToken);
        return row.HasValue ? new Versioned<StatusReport>(ToDomain(row.Value!), row.Value!.ETag.ToString()) : null;
    }

    public async Task<(WriteOutcome Outcome, string? Version)> SaveAsync(string networkId, StatusReport report, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = await tables.GetAsync(TableName, cancellationToken);
        return await GuardedWrite.SaveAsync(table, ToEntity(networkId, report), version, cancellationToken);
    }

    public async Task<(WriteOutcome Outcome, Versioned<StatusReport>? Stored)> SaveSectionAsync(string networkId, string teamId, int gathering, ReportSection section,
        string? sectionVersion, Func<StatusReport?, StatusReport> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apply);
        var name = section.ToString();
        Versioned<StatusReport>? current = null;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            current = await GetAsync(networkId, teamId, gathering, cancellationToken);
            if (current?.Value.SectionVersions.GetValueOrDefault(name) != sectionVersion)
            {
                return (WriteOutcome.Conflict, current); // this section was saved by someone else since the form was built
            }

            var versions = new Dictionary<string, string>(current?.Value.SectionVersions ?? new Dictionary<string, string>(), StringComparer.Ordinal)
            {
                [name] = Guid.NewGuid().ToString("N")[..12],
            };
            var next = apply(current?.Value) with { SectionVersions = versions };
            var (outcome, version) = await SaveAsync(networkId, next, current?.Version, cancellationToken);
            if (outcome == WriteOutcome.Saved)
            {
                return (outcome, new Versioned<StatusReport>(next, version!));
            }

            // Another section (or the report's state) was saved meanwhile: read it again and put this section over it.
        }

        return (WriteOutcome.Conflict, current);
    }

    public async Task<(WriteOutcome Outcome, string? Version)> SubmitAsync(string networkId, string teamId, int gathering, string version, string submittedBy,
        DateTimeOffset at, string? saveToken, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var columns = new Azure.Data.Tables.TableEntity(TableKeys.Encode(networkId), RowKeyOf(teamId, gathering))
        {
            [nameof(StatusReportEntity.State)] = nameof(StatusReportState.Submitted),
            [nameof(StatusReportEntity.SubmittedBy)] = submittedBy,
            [nameof(StatusReportEntity.SubmittedAt)] = at,
            [nameof(StatusReportEntity.LastEditedBy)] = submittedBy,
            [nameof(StatusReportEntity.LastEditedAt)] = at,
            [nameof(StatusReportEntity.SaveToken)] = saveToken,
        };
        return await GuardedWrite.MergeAsync(table, columns, version, cancellationToken);
    }

    public async Task<IReadOnlyList<StatusReport>> ListAsync(string networkId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var list = new List<StatusReport>();
        await foreach (var e in table.QueryAsync<StatusReportEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            list.Add(ToDomain(e));
        }

        return list;
    }

    public async Task<StatusReport?> GetPreviousAsync(string networkId, string teamId, int gathering, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var from = RowKeyOf(teamId, 0);
        var to = RowKeyOf(teamId, gathering);
        StatusReport? latest = null;
        await foreach (var e in table.QueryAsync<StatusReportEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            latest = ToDomain(e); // row keys sort by gathering: the last one is the latest
        }

        return latest;
    }

    private static string RowKeyOf(string teamId, int gathering) => TableKeys.Encode($"{teamId}|{gathering:000}");

    private static StatusReportEntity ToEntity(string networkId, StatusReport r) => new()
    {
        PartitionKey = TableKeys.Encode(networkId),
        RowKey = RowKeyOf(r.TeamId, r.Gathering),
        TeamId = r.TeamId,
        Gathering = r.Gathering,
        State = r.State.ToString(),
        SubGoals = r.SubGoals,
        Measures = r.Measures,
        GoalAchievement = r.GoalAchievement,
        GoalAchievementText = r.GoalAchievementText,
        Hours = r.Hours is { } h ? (double)h : null,
        Mentors = r.Figures?.Mentors,
        MentorsTrained = r.Figures?.MentorsTrained,
        NewHiresWithMentor = r.Figures?.NewHiresWithMentor,
        NewHiresWithMentorQuit = r.Figures?.NewHiresWithMentorQuit,
        FreeText = r.FreeText,
        TasksJson = StoredJson.Write(r.Tasks),
        SubmittedBy = r.SubmittedBy,
        SubmittedAt = r.SubmittedAt,
        LastEditedBy = r.LastEditedBy,
        LastEditedAt = r.LastEditedAt,
        Reopened = r.Reopened,
        SaveToken = r.SaveToken,
        ValuesJson = r.Values.Count == 0 ? null : StoredJson.Write(r.Values),
        NotKnownJson = r.NotKnown.Count == 0 ? null : StoredJson.Write(r.NotKnown),
        SectionVersionsJson = r.SectionVersions.Count == 0 ? null : StoredJson.Write(r.SectionVersions),
    };

    private static StatusReport ToDomain(StatusReportEntity e) => new()
    {
        TeamId = e.TeamId,
        Gathering = e.Gathering,
        State = Enum.TryParse<StatusReportState>(e.State, out var s) ? s : StatusReportState.Draft,
        SubGoals = e.SubGoals,
        Measures = e.Measures,
        GoalAchievement = e.GoalAchievement,
        GoalAchievementText = e.GoalAchievementText,
        Hours = e.Hours is { } h ? (decimal)h : null,
        Figures = e is { Mentors: { } m, MentorsTrained: { } t, NewHiresWithMentor: { } n, NewHiresWithMentorQuit: { } q } ? new MentorFigures(m, t, n, q) : null,
        FreeText = e.FreeText,
        Tasks = StoredJson.Read<List<TaskResult>>(e.TasksJson, []),
        SubmittedBy = e.SubmittedBy,
        SubmittedAt = e.SubmittedAt,
        LastEditedBy = e.LastEditedBy,
        LastEditedAt = e.LastEditedAt,
        Reopened = e.Reopened,
        SaveToken = e.SaveToken,
        Values = StoredJson.Read<Dictionary<string, string>?>(e.ValuesJson, null) is { } values
            ? new Dictionary<string, string>(values, StringComparer.Ordinal) : new Dictionary<string, string>(StringComparer.Ordinal),
        NotKnown = StoredJson.Read<List<string>>(e.NotKnownJson, []),
        SectionVersions = StoredJson.Read<Dictionary<string, string>?>(e.SectionVersionsJson, null) is { } sections
            ? new Dictionary<string, string>(sections, StringComparer.Ordinal) : new Dictionary<string, string>(StringComparer.Ordinal),
    };
}
