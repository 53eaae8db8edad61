using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Installations;

/// <summary>Azure Tables storage of <see cref="ConversationInstallation"/>s. Read-modify-write uses the ETag and retries on 412.</summary>
public sealed class ConversationInstallationRepository(TableProvider tables, TimeProvider time) : IConversationInstallationRepository
{
    public const string TableName = "Installations";
    private const int MaxConflictRetries = 10;

    public async Task<ConversationInstallation> SaveInstalledAsync(ConversationInstallation installation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        var table = await tables.GetAsync(TableName, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await GetEntityAsync(table, installation.TenantId, installation.ConversationId, cancellationToken);
            var merged = ConversationInstallation.Merge(existing is null ? null : ToDomain(existing), installation);
            var entity = ToEntity(merged);
            try
            {
                if (existing is null)
                {
                    await table.AddEntityAsync(entity, cancellationToken);
                }
                else
                {
                    await table.UpdateEntityAsync(entity, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return merged;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxConflictRetries)
            {
                // Someone else wrote the row between our read and write: wait a little (jittered), read and merge again.
                await BackoffAsync(attempt, cancellationToken);
            }
        }
    }

    public async Task<bool> MarkRemovedAsync(string tenantId, string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await GetEntityAsync(table, tenantId, conversationId, cancellationToken);
            if (existing is null)
            {
                return false;
            }

            var removed = ToEntity(ToDomain(existing).RemovedOn(at));
            try
            {
                await table.UpdateEntityAsync(removed, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < MaxConflictRetries)
            {
                await BackoffAsync(attempt, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return false; // deleted between our read and write
            }
        }
    }

    /// <summary>
    /// Marks every active conversation of a team removed in one entity-group transaction (they share the tenant's
    /// partition): all of them or none, each at the ETag it was read with; a change meanwhile means read and try again.
    /// </summary>
    public async Task<int> MarkTeamRemovedAsync(string tenantId, string teamId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(tenantId);
        for (var attempt = 1; ; attempt++)
        {
            var actions = new List<TableTransactionAction>();
            await foreach (var entity in table.QueryAsync<ConversationInstallationEntity>(
                               e => e.PartitionKey == partition && e.TeamId == teamId && e.IsActive, cancellationToken: cancellationToken))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(ToDomain(entity).RemovedOn(at)), entity.ETag));
            }

            try
            {
                await TableBatches.SubmitAsync(table, actions, cancellationToken); // a team has far fewer than 100 channels
                return actions.Count;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412 && attempt < MaxConflictRetries)
            {
                await BackoffAsync(attempt, cancellationToken);
            }
        }
    }

    public async Task<ConversationInstallation?> FindAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = await GetEntityAsync(table, tenantId, conversationId, cancellationToken);
        return entity is null ? null : ToDomain(entity);
    }

    public async Task<IReadOnlyList<ConversationInstallation>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(tenantId);
        var list = new List<ConversationInstallation>();
        await foreach (var entity in table.QueryAsync<ConversationInstallationEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            list.Add(ToDomain(entity));
        }

        return list;
    }

    private Task BackoffAsync(int attempt, CancellationToken cancellationToken)
    {
#pragma warning disable CA5394 // jitter, not security
        var ms = Random.Shared.Next(5, 20 * Math.Min(attempt, 5));
#pragma warning restore CA5394
        return Task.Delay(TimeSpan.FromMilliseconds(ms), time, cancellationToken);
    }

    private static async Task<ConversationInstallationEntity?> GetEntityAsync(
        TableClient table, string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<ConversationInstallationEntity>(
            TableKeys.Encode(tenantId), TableKeys.Encode(conversationId), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private static ConversationInstallationEntity ToEntity(ConversationInstallation i) => new()
    {
        PartitionKey = TableKeys.Encode(i.TenantId),
        RowKey = TableKeys.Encode(i.ConversationId),
        ConversationId = i.ConversationId,
        Kind = i.Kind.ToString(),
        ServiceUrl = i.ServiceUrl,
        BotId = i.BotId,
        TeamId = i.TeamId,
        TeamName = i.TeamName,
        ChannelId = i.ChannelId,
        UserId = i.UserId,
        UserAadObjectId = i.UserAadObjectId,
        InstalledAt = i.InstalledAt,
        RemovedAt = i.RemovedAt,
        IsActive = i.IsActive,
        ServiceUrlVerified = i.ServiceUrlVerified,
    };

    private static ConversationInstallation ToDomain(ConversationInstallationEntity e) => new()
    {
        TenantId = TableKeys.Decode(e.PartitionKey),
        ConversationId = e.ConversationId,
        Kind = Enum.TryParse<ConversationKind>(e.Kind, out var kind) ? kind : ConversationKind.Personal,
        ServiceUrl = e.ServiceUrl,
        BotId = e.BotId,
        TeamId = e.TeamId,
        TeamName = e.TeamName,
        ChannelId = e.ChannelId,
        UserId = e.UserId,
        UserAadObjectId = e.UserAadObjectId,
        InstalledAt = e.InstalledAt,
        RemovedAt = e.RemovedAt,
        ServiceUrlVerified = e.ServiceUrlVerified,
    };
}
