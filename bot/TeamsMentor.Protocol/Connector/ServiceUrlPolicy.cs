using Microsoft.Extensions.Options;

namespace TeamsMentor.Protocol.Connector;

/// <summary>
/// Decides whether a connector URL may receive the bot's token (bot-protocol.md §2.1). The token is a
/// password-equivalent: https and an allow-listed host, or loopback in local-development mode without a token.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotOptions> options)
{
    public ServiceUrlTrust Evaluate(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var bot = options.Value;
        if (!uri.IsAbsoluteUri || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return ServiceUrlTrust.Untrusted;
        }

        if (uri.Scheme == Uri.UriSchemeHttps && IsTrustedHost(uri.IdnHost, bot.Connector.EffectiveTrustedHosts))
        {
            return ServiceUrlTrust.Trusted;
        }

        if (bot.DangerouslyAllowUnauthenticatedRequests && uri.IsLoopback
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return ServiceUrlTrust.LocalDevelopment;
        }

        return ServiceUrlTrust.Untrusted;
    }

    public ServiceUrlTrust Evaluate(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? Evaluate(uri) : ServiceUrlTrust.Untrusted;

    private static bool IsTrustedHost(string host, IEnumerable<string> trusted)
    {
        foreach (var entry in trusted)
        {
            if (string.Equals(host, entry, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // trafficmanager.net is shared by many tenants: only the exact smba host is trusted.
            if (!entry.EndsWith("trafficmanager.net", StringComparison.OrdinalIgnoreCase)
                && host.EndsWith("." + entry, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
