using Azure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamsMentor.Infrastructure.Storage;

/// <summary>Readiness: the installations table answers a one-row query.</summary>
public sealed class TableStorageHealthCheck(TableProvider tables) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var table = await tables.GetAsync("Installations", cancellationToken);
            await foreach (var page in table.QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).AsPages())
            {
                break;
            }

            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or HttpRequestException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Table Storage is not reachable.", ex);
        }
    }
}
