using Azure.Core;
using Azure.Identity;

namespace TeamsMentor.Protocol.Connector;

/// <summary>
/// Builds the credential for outbound tokens from <see cref="BotOptions"/>: a user-assigned managed identity
/// (client id = AppId), or a client secret against the bot's tenant (or the legacy botframework.com authority).
/// Constructing a credential contacts nobody.
/// </summary>
public static class BotCredentialFactory
{
    public static TokenCredential? Create(BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.HasCredentials)
        {
            return null;
        }

        if (options.UseManagedIdentity)
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.AppId!));
        }

        var tenant = string.IsNullOrWhiteSpace(options.TenantId) ? "botframework.com" : options.TenantId;
        return new ClientSecretCredential(tenant, options.AppId, options.ClientSecret);
    }
}
