using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace TeamsMentor.Infrastructure.Meetings;

/// <summary>
/// One Graph client over the named HttpClient <see cref="HttpClientName"/> (timeout and <see cref="GraphRetryHandler"/>,
/// none of the SDK's default middleware). Tokens come from the app's credential and go to graph.microsoft.com only.
/// </summary>
public sealed class GraphClientProvider(IHttpClientFactory http, [Microsoft.Extensions.DependencyInjection.FromKeyedServices(GraphClientProvider.CredentialKey)] TokenCredential credential)
{
    public const string HttpClientName = "graph";
    public const string CredentialKey = "graph";
    public const string Host = "graph.microsoft.com";

    private GraphServiceClient? _client;

    public GraphServiceClient Client => _client ??= new GraphServiceClient(
        http.CreateClient(HttpClientName),
        new AzureIdentityAuthenticationProvider(credential, [Host], null, true, "https://graph.microsoft.com/.default"));

    /// <summary>The app's credential for Graph: its managed identity in Azure, else a client secret.</summary>
    public static TokenCredential CreateCredential(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.UseManagedIdentity)
        {
            return string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        }

        return string.IsNullOrWhiteSpace(options.ClientSecret)
            ? new UnconfiguredCredential()
            : new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
    }

    /// <summary>Never asked for a token: the meeting service answers NotConfigured before calling Graph.</summary>
    private sealed class UnconfiguredCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Microsoft Graph is not configured (Graph:OrganizerUserId).");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Microsoft Graph is not configured (Graph:OrganizerUserId).");
    }
}
