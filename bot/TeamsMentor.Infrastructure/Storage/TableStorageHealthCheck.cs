using Azure;
using TeamsMentor.Domain.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamsMentor.Infrastructure.Storage;

/// <summary>Readiness: the installations table answers a one-row query within 3 s (an outage answers 503 quickly, not after the SDK's retries).</summary>
public sealed class TableStorageHealthCheck(TableProvider tables) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            var table = await tables.GetAsync("Installations", timeout.Token);
            await foreach (var page in table.QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: timeout.Token).AsPages())
            {
                break;
            }

            return HealthCheckResult.Healthy();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Table Storage did not answer within 3 s.");
        }
        catch (Exception ex) when (ex is StorageUnavailableException or RequestFailedException or AggregateException or HttpRequestException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Table Storage is not reachable.", ex);
        }
    }
}
