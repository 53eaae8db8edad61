using System.Net.Http.Headers;

namespace TeamsMentor.Protocol.Connector;

/// <summary>
/// Attaches the bot's token to outbound requests, but only to https hosts on the allow-list. A request to anything
/// else goes out without a token or, if the host is not even allowed in local development, not at all.
/// </summary>
public sealed class BotTokenHandler(IBotTokenProvider tokens, ServiceUrlPolicy policy) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = null;
        switch (policy.Evaluate(request.RequestUri!))
        {
            case ServiceUrlTrust.Trusted:
                var token = await tokens.GetTokenAsync(cancellationToken);
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                break;
            case ServiceUrlTrust.LocalDevelopment:
                break;
            default:
                throw new UntrustedServiceUrlException(request.RequestUri!);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
