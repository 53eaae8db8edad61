using Microsoft.Extensions.Logging.Abstractions;
using TeamsMentor.Protocol.Connector;
using TeamsMentor.Testing;

namespace TeamsMentor.Protocol.Tests;

/// <summary>A real ConnectorClient and BotTokenHandler over a <see cref="RecordingHandler"/>, with an instant clock.</summary>
internal sealed class ConnectorHarness
{
    public ConnectorHarness(Action<BotOptions>? configure = null)
    {
        Options = new BotOptions { AppId = "bot-app-id", ClientSecret = "unused" };
        configure?.Invoke(Options);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var policy = new ServiceUrlPolicy(options);
        var tokens = new BotTokenProvider(new TestTokenCredential(Time), options, Time);
        var pipeline = new BotTokenHandler(tokens, policy) { InnerHandler = Peer };
        Client = new ConnectorClient(new HttpClient(pipeline), policy, options, Time, NullLogger<ConnectorClient>.Instance);
    }

    public BotOptions Options { get; }

    public RecordingHandler Peer { get; } = new();

    public InstantDelayTimeProvider Time { get; } = new();

    public ConnectorClient Client { get; }
}
