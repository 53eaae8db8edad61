namespace TeamsMentor.Protocol;

/// <summary>
/// Configuration section <c>Bot</c>. These names are the deployment contract (README, "Configuration").
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The public Bot Framework OpenID metadata (bot-protocol.md §1.2).</summary>
    public const string PublicOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The Microsoft App ID of the bot: the <c>aud</c> of inbound tokens and the client id of outbound ones.</summary>
    public string? AppId { get; set; }

    /// <summary>The Entra tenant of the bot's app registration (single-tenant or managed identity). Empty: the legacy multi-tenant authority.</summary>
    public string? TenantId { get; set; }

    /// <summary>Client secret of the app registration. Secret: keep in Key Vault / user secrets, never in appsettings.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Use the user-assigned managed identity whose client id is <see cref="AppId"/> for outbound tokens (no secret).</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Where the signing keys of inbound tokens come from. https, or http only for a loopback host (tests).</summary>
    public string OpenIdMetadataUrl { get; set; } = PublicOpenIdMetadataUrl;

    /// <summary>The issuer of inbound channel tokens.</summary>
    public string TokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Tenants whose activities are processed. Empty: any tenant.</summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>
    /// Accept requests that carry no Authorization header (the Agents Playground sends none). Development only:
    /// start-up fails if this is set in any other environment. A request that does carry a token is still fully validated.
    /// </summary>
    public bool DangerouslyAllowUnauthenticatedRequests { get; set; }

    /// <summary>Largest accepted request body on /api/messages, in bytes.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Outbound connector settings.</summary>
    public ConnectorOptions Connector { get; set; } = new();

    /// <summary>True when outbound calls need a token (an app id is configured).</summary>
    public bool HasCredentials => !string.IsNullOrWhiteSpace(AppId);
}
