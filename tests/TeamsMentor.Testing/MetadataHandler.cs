using System.Net;
using System.Text;

namespace TeamsMentor.Testing;

/// <summary>Serves a <see cref="TestTokenIssuer"/>'s OpenID metadata and JWKS, counting metadata fetches.</summary>
public sealed class MetadataHandler(TestTokenIssuer issuer) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.GetLeftPart(UriPartial.Path);
        string? body = null;
        if (url == TestTokenIssuer.MetadataUrl)
        {
            Interlocked.Increment(ref issuer.MetadataFetches);
            body = issuer.MetadataJson();
        }
        else if (url == TestTokenIssuer.JwksUrl)
        {
            body = issuer.JwksJson();
        }

        return Task.FromResult(body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
