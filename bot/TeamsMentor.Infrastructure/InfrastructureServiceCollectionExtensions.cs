using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.Delivery;
using TeamsMentor.Infrastructure.Installations;
using TeamsMentor.Infrastructure.Networks;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure;

/// <summary>Registers storage: the table service client (connection string or managed identity) and the repositories.</summary>
public static class InfrastructureServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddTeamsMentorStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(sp => CreateServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<TableProvider>();
        services.AddSingleton<IConversationInstallationRepository, ConversationInstallationRepository>();
        services.AddSingleton<NetworkRepository>();
        services.AddSingleton<INetworkRepository, CachedNetworkRepository>();
        services.AddSingleton<ITeamProgressRepository, TeamProgressRepository>();
        services.AddSingleton<IStatusReportRepository, Reports.StatusReportRepository>();
        services.AddSingleton<IEvaluationRepository, Evaluations.EvaluationRepository>();
        services.AddSingleton<IDeliveryStore, DeliveryStore>();
        return builder;
    }

    private static TableServiceClient CreateServiceClient(StorageOptions options)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString, clientOptions);
        }

        TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        return new TableServiceClient(options.TableServiceUri!, credential, clientOptions);
    }
}
