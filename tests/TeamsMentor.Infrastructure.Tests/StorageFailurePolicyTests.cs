using System.Net;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Testing;

namespace TeamsMentor.Infrastructure.Tests;

/// <summary>
/// Storage that does not answer reaches the layers above as <see cref="StorageUnavailableException"/> (nothing above
/// Infrastructure knows Azure's exceptions); answers about the data pass through for the repositories to turn into outcomes.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class StorageFailurePolicyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Registered_StorageNotListening_RepositoryThrowsStorageUnavailable()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = AzuriteFixture.ConnectionStringFor(FreePort.Next()) });
        builder.AddTeamsMentorStorage();
        using var host = builder.Build();
        var networks = host.Services.GetRequiredService<INetworkRepository>();
        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => networks.GetPlanAsync("nord", CancellationToken.None));
        Assert.NotNull(error.InnerException);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(429)]
    [InlineData(408)]
    public async Task ServerErrorOrThrottling_AfterRetries_StorageUnavailable(int status)
    {
        var handler = new AnsweringHandler((HttpStatusCode)status);
        var table = Client(handler, "missing");
        await Assert.ThrowsAsync<StorageUnavailableException>(() => table.GetEntityAsync<TableEntity>("p", "r"));
        Assert.Equal(2, handler.Calls); // the client's own retry ran first
    }

    [Fact]
    public async Task AnswerAboutTheData_PassesThrough_RealAzurite()
    {
        var service = new TableServiceClient(azurite.ConnectionString, Options());
        var table = service.GetTableClient(AzuriteFixture.UniquePrefix() + "Policy");
        await table.CreateIfNotExistsAsync();
        var missing = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync<TableEntity>("p", "r"));
        Assert.Equal(404, missing.Status);
        await table.AddEntityAsync(new TableEntity("p", "r"));
        var duplicate = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));
        Assert.Equal(409, duplicate.Status);
    }

    [Fact]
    public async Task CallerCancels_StaysACancellation()
    {
        using var cancel = new CancellationTokenSource();
        var table = Client(new AnsweringHandler(HttpStatusCode.OK, onCall: cancel.Cancel), "slow");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => table.GetEntityAsync<TableEntity>("p", "r", cancellationToken: cancel.Token));
    }

    private static TableClientOptions Options(HttpMessageHandler? handler = null)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.AddPolicy(new StorageFailurePolicy(), HttpPipelinePosition.PerCall);
        if (handler is not null)
        {
            options.Transport = new HttpClientTransport(new HttpClient(handler));
        }

        return options;
    }

    private static TableClient Client(HttpMessageHandler handler, string table) =>
        new TableServiceClient(AzuriteFixture.ConnectionStringFor(1), Options(handler)).GetTableClient(table);

    /// <summary>Answers every request with one status (a storage server having a bad day).</summary>
    private sealed class AnsweringHandler(HttpStatusCode status, Action? onCall = null) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            onCall?.Invoke();
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return new HttpResponseMessage(status) { Content = new StringContent("""{"odata.error":{"code":"ServerBusy","message":{"value":"busy"}}}""") };
        }
    }
}
