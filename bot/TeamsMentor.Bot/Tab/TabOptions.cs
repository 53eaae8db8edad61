namespace TeamsMentor.Bot.Tab;

/// <summary>
/// Configuration section <c>Tab</c>: who may call <c>/api/tab/...</c>. In Teams the tab gets an Entra ID token by SSO
/// (issued to the tab's app registration); guests from other municipalities' tenants are accepted when their tenant is
/// allowed (<c>Bot:AllowedTenants</c>, empty = any).
/// </summary>
public sealed class TabOptions
{
    public const string SectionName = "Tab";
    public const string PublicOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The tab's Entra app registration (client) id: the audience of tab tokens. Empty: the tab API refuses everyone.</summary>
    public string? ClientId { get; set; }

    /// <summary>The Application ID URI (<c>api://host/clientId</c>), also accepted as audience.</summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>Where Entra's signing keys come from (multi-tenant). https, or http on loopback for tests.</summary>
    public string OpenIdMetadataUrl { get; set; } = PublicOpenIdMetadataUrl;

    /// <summary>Entra object ids of platform administrators: they may create networks (import a new plan).</summary>
    public IList<string> Administrators { get; } = [];

    /// <summary>
    /// Development only: accept the header <c>X-TeamsMentor-Dev-User: &lt;Entra object id&gt;</c> instead of a token, to
    /// try the tab outside Teams. Start-up fails if set in any other environment.
    /// </summary>
    public bool DangerouslyAllowDevSignIn { get; set; }
}
