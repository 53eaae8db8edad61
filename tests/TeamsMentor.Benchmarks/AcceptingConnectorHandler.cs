using System.Net;
using System.Text;

namespace TeamsMentor.Benchmarks;

/// <summary>An in-memory Bot Connector that accepts every activity with 201 and an id, recording nothing.</summary>
internal sealed class AcceptingConnectorHandler : HttpMessageHandler
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"1700000000100"}""");

    public long Calls;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new("application/json");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Created) { Content = content });
    }
}
