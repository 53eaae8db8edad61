using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsMentor.Testing;

namespace TeamsMentor.EndToEnd.Tests;

/// <summary>
/// The whole local stack as the run command starts it: Azurite, the built bot host as a process (Development,
/// local-dev auth), and the real Microsoft 365 Agents Playground bound to 127.0.0.1, driven through its HTTP routes
/// and conversation websocket (pinned version 0.2.28; see scripts/playground).
/// </summary>
public partial class PlaygroundSession : IAsyncLifetime
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string BotId = "00000000-0000-0000-0000-00000000000011";

    /// <summary>The Playground's current user (scripts/playground/playground.yml), an organizer in the demo.</summary>
    public const string CurrentUserAadObjectId = "00000000-0000-0000-0000-0000000000020";

    private readonly AzuriteFixture _azurite = new();
    private readonly List<JsonObject> _frames = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously); // completed at each frame (under the frames' lock)
    private readonly string _workDir = Directory.CreateTempSubdirectory("teamsmentor-e2e-").FullName;
    private readonly CancellationTokenSource _stop = new();
    private ChildProcess? _bot;
    private ChildProcess? _playground;
    private ClientWebSocket? _socket;
    private Task? _reader;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Where the demo clock starts: the status-report prompt day for gathering 3 (12 April 2023 09:00).</summary>
    protected virtual string DemoNow => "2023-04-12T09:00:00+02:00";

    /// <summary>
    /// The Playground person to be (as <c>./run.sh --as</c> does): the current user, whose personal chat it is; none:
    /// Ingrid Solberg, an organizer. The organizer stays in the team under her own id (<c>user-id-0</c>).
    /// </summary>
    protected virtual string? AsPerson => null;

    /// <summary>
    /// The language every Playground person chooses with the help card's button as the session starts (the Playground
    /// itself always sends en-US): bokmål, as a Norwegian user has it; none: the client's en-US stands.
    /// </summary>
    protected virtual string? Language => "nb-NO";

    /// <summary>The Playground's people (scripts/playground/playground.yml).</summary>
    public static IReadOnlyList<string> People { get; } = ["user-id-0", "user-id-1", "user-id-2", "user-id-3", "user-id-4", "user-id-5"];

    public Uri PlaygroundUri { get; private set; } = null!;

    /// <summary>The bot host (its tab API answers the dev sign-in header here).</summary>
    public Uri BotUri { get; private set; } = null!;

    public string TablePrefix { get; } = AzuriteFixture.UniquePrefix();

    public string StorageConnectionString => _azurite.ConnectionString;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        var botPort = FreePort.Next();
        _bot = ChildProcess.Start("dotnet", [BotDll(), "--urls", $"http://127.0.0.1:{botPort}", "--contentRoot", Path.Combine(RepoPaths.Root, "bot", "TeamsMentor.Bot")],
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Bot__DangerouslyAllowUnauthenticatedRequests"] = "true",
                ["Storage__ConnectionString"] = _azurite.ConnectionString,
                ["Storage__TablePrefix"] = TablePrefix,
                ["Evaluations__AnswerKey"] = TestSecrets.EvaluationAnswerKey,
                ["Demo__PlanFiles__0"] = Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json"),
                ["Demo__Organizers__0__Name"] = "Ingrid Solberg",
                ["Demo__Organizers__0__AadObjectId"] = CurrentUserAadObjectId,
                ["Demo__Now"] = DemoNow,
                ["Delivery__SchedulerInterval"] = "00:00:01", // prompts go out as soon as a channel is linked
                ["Tab__DangerouslyAllowDevSignIn"] = "true",
            });
        BotUri = new Uri($"http://127.0.0.1:{botPort}/");
        await Wait.ForHttpAsync(Http, new Uri($"http://127.0.0.1:{botPort}/healthz/ready"), TimeSpan.FromSeconds(60), () => _bot.HasExited ? _bot.Output : null);

        var scripts = Path.Combine(RepoPaths.Root, "scripts", "playground");
        var config = Path.Combine(scripts, "playground.yml");
        if (AsPerson is { } person)
        {
            // The run command's own script writes the configuration with the person as the current user.
            await using var write = ChildProcess.Start("node", [Path.Combine(scripts, "as-person.cjs"), config, person, config = Path.Combine(_workDir, "playground.yml")]);
            if (await write.ExitCodeAsync(TimeSpan.FromSeconds(30)) != 0 || !File.Exists(config))
            {
                throw new InvalidOperationException($"as-person.cjs did not write the configuration: {write.Output}");
            }
        }

        _playground = ChildProcess.Start("node",
            ["-r", Path.Combine(scripts, "force-loopback.cjs"), Path.Combine(RepoPaths.NodeModules, "@microsoft", "m365agentsplayground", "cli.js"),
             "-e", $"http://127.0.0.1:{botPort}/api/messages", "-c", "msteams", "-p", FreePort.Next().ToString(CultureInfo.InvariantCulture), "--disable-telemetry"],
            new Dictionary<string, string?>
            {
                ["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true",
                ["TEAMSAPPTESTER_BROWSER"] = "none",
                ["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = config,
                ["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(_workDir, "playground.log"),
            },
            workingDirectory: _workDir);
        var port = await PlaygroundPortAsync();
        PlaygroundUri = new Uri($"http://127.0.0.1:{port}/");
        await Wait.ForHttpAsync(Http, new Uri(PlaygroundUri, "_debug/ping"), TimeSpan.FromSeconds(30), () => _playground.HasExited ? _playground.Output + PlaygroundLog() : null);

        _socket = new ClientWebSocket();
        await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), _stop.Token);
        _reader = Task.Run(ReadFramesAsync);
        if (Language is { } language)
        {
            // "hjelp" in the team's channel, and each person presses the help card's language button there.
            var mark = Mark();
            await PostChannelCommandAsync("channel-teamwork-id", "hjelp");
            var thread = "";
            var help = await WaitForBotMessageAsync(mark, (c, m) => (thread = c).StartsWith("channel-teamwork-id;messageid=", StringComparison.Ordinal));
            foreach (var who in People)
            {
                await ExecuteAsync(thread, (string?)help["messageId"], new JsonObject { ["type"] = "Action.Execute", ["verb"] = "help.language" },
                    new JsonObject { ["locale"] = language }, who);
            }
        }
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket?.Abort();
        if (_reader is not null)
        {
            await _reader.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _socket?.Dispose();
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await _azurite.DisposeAsync();
        Http.Dispose();
        _stop.Dispose();
        Directory.Delete(_workDir, recursive: true);
    }

    /// <summary>How many websocket frames have arrived so far (a mark for <see cref="WaitForBotMessageAsync"/>).</summary>
    /// <summary>
    /// An organizer links <paramref name="channel"/>: "koble" there, then the link card's choice <paramref name="team"/>
    /// (<c>network/team</c>). Returns the mark taken just before the choice: what linking brings comes after it.
    /// </summary>
    public async Task<int> LinkChannelAsync(string channel, string team)
    {
        var mark = Mark();
        if (AsPerson is not null)
        {
            // The Playground sends every message as its current user (not the organizer here), but an invoke as the
            // person it names: the current user's "koble" gets a card (a refusal), and on that message the organizer
            // (user-id-0) presses the link card's button.
            await PostChannelCommandAsync(channel, "koble");
            var at = "";
            var refusal = await WaitForBotMessageAsync(mark, (c, m) => (at = c).StartsWith(channel + ";messageid=", StringComparison.Ordinal));
            mark = Mark();
            await ExecuteAsync(at, (string?)refusal["messageId"], new JsonObject { ["type"] = "Action.Execute", ["verb"] = "team.link" }, new JsonObject { ["team"] = team }, "user-id-0");
            return mark;
        }

        await PostChannelCommandAsync(channel, "koble");
        var thread = "";
        var linkCard = await WaitForBotMessageAsync(mark, (c, m) => (thread = c).StartsWith(channel + ";messageid=", StringComparison.Ordinal)
            && CardText(m).Contains(Language == "nb-NO" ? "Koble kanalen til et kommuneteam" : "Link this channel", StringComparison.Ordinal));
        mark = Mark();
        await ExecuteAsync(thread, linkCard, new JsonObject { ["team"] = team });
        return mark;
    }

    public int Mark()
    {
        lock (_frames)
        {
            return _frames.Count;
        }
    }

    /// <summary>The first bot message after <paramref name="mark"/> in a conversation that satisfies <paramref name="match"/>.</summary>
    public async Task<JsonObject> WaitForBotMessageAsync(int mark, Func<string, JsonObject, bool> match, TimeSpan? timeout = null)
    {
        var frame = await WaitForFrameAsync(mark, f => (string?)f["action"] == "createMessage" && f["message"] is JsonObject message
            && match((string?)f["actionConversationId"] ?? "", message), timeout);
        return frame["message"]!.AsObject();
    }

    public async Task<JsonNode?> PostJsonAsync(string path, JsonNode body)
    {
        using var response = await Http.PostAsync(new Uri(PlaygroundUri, path), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {path}: {(int)response.StatusCode} {text}");
        }

        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public static string CardText(JsonObject message) => BodyText(message["attachments"]?[0]?["content"]);

    /// <summary>The texts of a card's body (TextBlocks, facts), one per line.</summary>
    public static string BodyText(JsonNode? card) => string.Join("\n", Texts(card?["body"]));

    /// <summary>What a reader sees, in order: every text block's text and fact, inside containers and columns too.</summary>
    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonArray list => list.SelectMany(Texts),
        JsonObject { } o when (string?)o["type"] == "TextBlock" => [(string?)o["text"] ?? ""],
        JsonObject { } o when (string?)o["type"] == "FactSet" => (o["facts"] as JsonArray ?? []).Select(f => $"{f?["title"]}: {f?["value"]}"),
        JsonObject { } o => Texts(o["items"]).Concat(Texts(o["columns"])),
        _ => [],
    };

    /// <summary>Sends a channel message that @mentions the bot; returns the new thread's conversation id.</summary>
    public async Task PostChannelCommandAsync(string channel, string command)
    {
        await PostJsonAsync($"_conversation/v1/conversations/{channel}/messages", new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = "user-id-0" },
            ["text"] = "<at>TeamsMentor</at> " + command,
            ["textFormat"] = "plain",
            ["mentions"] = new JsonArray(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsMentor" },
                ["text"] = "<at>TeamsMentor</at>",
            }),
        });
    }

    /// <summary>Presses an Action.Execute button of a card message, as the Playground's UI does.</summary>
    public Task<JsonNode?> ExecuteAsync(string conversationId, JsonObject message, JsonObject data, string from = "user-id-0") =>
        ExecuteAsync(conversationId, (string?)message["messageId"], message["attachments"]![0]!["content"]!["actions"]![0]!.AsObject(), data, from);

    /// <summary>Presses <paramref name="action"/> (of any card, e.g. one an invoke returned) on the message <paramref name="replyToId"/>.</summary>
    public Task<JsonNode?> ExecuteAsync(string conversationId, string? replyToId, JsonObject action, JsonObject data, string from = "user-id-0")
    {
        action = action.DeepClone().AsObject();
        var merged = action["data"] as JsonObject ?? [];
        foreach (var (key, value) in data)
        {
            merged[key] = value?.DeepClone();
        }

        action["data"] = merged.DeepClone();
        return PostJsonAsync("_conversation/v1/invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject { ["action"] = action },
            ["from"] = new JsonObject { ["id"] = from },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = replyToId,
        });
    }

    /// <summary>
    /// The first websocket frame after <paramref name="mark"/> that satisfies <paramref name="match"/> (a message, an
    /// update). Woken by the frame reader as each frame arrives, not by polling.
    /// </summary>
    public async Task<JsonObject> WaitForFrameAsync(int mark, Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        using var expiry = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        var from = mark;
        while (true)
        {
            Task arrived;
            lock (_frames)
            {
                if (_frames.Skip(mark).FirstOrDefault(match) is { } frame)
                {
                    return frame;
                }

                mark = _frames.Count;
                arrived = _arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(expiry.Token);
            }
            catch (OperationCanceledException) when (expiry.IsCancellationRequested)
            {
                break;
            }
        }

        lock (_frames)
        {
            throw new TimeoutException("No matching frame. Frames since mark:\n" + string.Join("\n", _frames.Skip(from).Select(f => f.ToJsonString()))
                + "\nBot output:\n" + _bot?.Output + "\nPlayground log:\n" + PlaygroundLog());
        }
    }

    private static string BotDll()
    {
        // Same configuration as this test assembly (bin/<Configuration>/net10.0/).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepoPaths.Root, "bot", "TeamsMentor.Bot", "bin", configuration, "net10.0", "TeamsMentor.Bot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first: " + dll);
    }

    private async Task<int> PlaygroundPortAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var match = ListeningOn().Match(_playground!.Output);
            if (match.Success)
            {
                return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }

            if (_playground.HasExited)
            {
                break;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The Playground did not report its port:\n" + _playground!.Output + PlaygroundLog());
    }

    private string PlaygroundLog()
    {
        var path = Path.Combine(_workDir, "playground.log");
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    private async Task ReadFramesAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket!.State == WebSocketState.Open)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            if (JsonNode.Parse(message.ToArray()) is JsonObject frame)
            {
                lock (_frames)
                {
                    _frames.Add(frame);
                    _arrived.TrySetResult();
                    _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }

            message.SetLength(0);
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningOn();
}
