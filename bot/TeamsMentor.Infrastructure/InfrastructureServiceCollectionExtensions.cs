using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Tasks;
using TeamsMentor.Infrastructure.Delivery;
using TeamsMentor.Infrastructure.Installations;
using TeamsMentor.Infrastructure.Meetings;
using TeamsMentor.Infrastructure.Networks;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Infrastructure.Tasks;

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
        services.AddSingleton<Domain.Scheduling.IScheduleStamps, Scheduling.ScheduleStampStore>();
        services.AddSingleton<IConversationInstallationRepository, ConversationInstallationRepository>();
        services.AddSingleton<NetworkRepository>();
        services.AddSingleton<INetworkRepository, CachedNetworkRepository>();
        services.AddSingleton<ITeamProgressRepository, TeamProgressRepository>();
        services.AddSingleton<IStatusReportRepository, Reports.StatusReportRepository>();
        services.AddSingleton<IEvaluationRepository, Evaluations.EvaluationRepository>();
        services.AddSingleton<IDeliveryStore, DeliveryStore>();
        services.AddSingleton<IAnswerJournalFactory, AnswerJournalFactory>();
        services.AddSingleton<IOpenScreenRepository, OpenScreen.OpenScreenRepository>();
        services.AddSingleton<Domain.Attendance.IGatheringAttendanceRepository, Attendance.GatheringAttendanceRepository>();
        services.AddSingleton<Domain.FollowUps.IFollowUpRepository, FollowUps.FollowUpRepository>();
        services.AddSingleton<Domain.Reports.IReportSnapshotRepository, Reports.ReportSnapshotRepository>();
        services.AddSingleton<Domain.Localization.ILanguagePreferenceRepository, Localization.LanguagePreferenceRepository>();
        services.AddSingleton<Domain.Privacy.IPersonalDataStore, Privacy.PersonalDataStore>();
        return builder;
    }

    /// <summary>Microsoft Graph for open-screen meetings (off, with a paste-a-link fallback, until <c>Graph:OrganizerUserId</c> is set).</summary>
    public static IHostApplicationBuilder AddTeamsMentorMeetings(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();
        services.AddKeyedSingleton<TokenCredential>(GraphClientProvider.CredentialKey,
            (sp, _) => GraphClientProvider.CreateCredential(sp.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.AddHttpClient(GraphClientProvider.HttpClientName, (sp, c) => c.Timeout = sp.GetRequiredService<IOptions<GraphOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddHttpMessageHandler(sp => new GraphRetryHandler(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<GraphOptions>>().Value.MaxRetryWait));
        services.AddSingleton<GraphClientProvider>();
        services.AddSingleton<IMeetingService, GraphMeetingService>();
        return builder;
    }

    private static TableServiceClient CreateServiceClient(StorageOptions options)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        clientOptions.AddPolicy(new StorageFailurePolicy(), HttpPipelinePosition.PerCall);
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
