using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Testing;
using Xunit.Abstractions;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Real Teams activities from Microsoft's public repositories (`../shared/fixtures/teams-activities`, read from there) and
/// seeds for this app's commands and card verbs (taken from the host's registries, so later ones are covered), each sent
/// as it is and in seeded mutations (fields dropped, nulls, wrong types, huge and odd strings, duplicate keys, deep
/// nesting, truncated JSON, invalid UTF-8, oversized bodies) through the real host: no 5xx, no exception behind an
/// answer, readiness still 200 (501 only for invoke names the bot does not implement, as the protocol says). Local-development authentication (as the Agents Playground), so that mutations reach
/// the bot instead of stopping at the token check.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class FuzzTests(AzuriteFixture azurite, ITestOutputHelper output) : IDisposable
{
    private const int MutationsPerSeed = 24;
    private const string Sender = "aad-fuzz";
    private static readonly string[] OddStrings =
        ["", " ", "..", "%00", "\u0000", "\u202e", "😀", "ø€", "<at>TeamsMentor</at>", "\\", "a:1;messageid=2", "javascript:alert(1)", "null", "-1", "1e999", "NaN"];

    private readonly BotHostFactory _factory = new(azurite.ConnectionString, "Development", new Dictionary<string, string?>
    {
        ["Bot:DangerouslyAllowUnauthenticatedRequests"] = "true",
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Activities_AsTheyAreAndMutated_NoServerErrorNoUnhandledException()
    {
        var sink = new CapturingLoggerProvider();
        using var host = _factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(sink).AddFilter<CapturingLoggerProvider>(null, LogLevel.Warning)));
        using var client = host.CreateClient();
        await ImportNordAsync(host.Services);
        var seeds = Fixtures().Concat(AppSeeds(host.Services)).ToList();
        // A fixed seed, so a failure can be replayed; TEAMSMENTOR_FUZZ_SEED tries others locally.
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("TEAMSMENTOR_FUZZ_SEED"), out var seedValue) ? seedValue : 20261206);
        var statuses = new Dictionary<int, int>();
        var watch = Stopwatch.StartNew();
        foreach (var (name, seed) in seeds)
        {
            for (var i = 0; i <= MutationsPerSeed; i++)
            {
                var (what, body) = i == 0 ? ("as is", Encoding.UTF8.GetBytes(seed.ToJsonString())) : Mutate(seed, random);
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                // 501 is the protocol's answer to an invoke name the bot does not implement (bot-protocol.md, item 20); no other 5xx.
                Assert.True(status < 500 || status == 501, $"{name}, {what}: {status}");
            }
        }

        output.WriteLine($"{statuses.Values.Sum()} requests from {seeds.Count} seeds in {watch.Elapsed.TotalSeconds:F1} s: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}")));
        var failures = sink.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category} [{e.EventId}]: {e.Text}").Distinct().ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
        using var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    /// <summary>The Nord plan with the fuzzer's sender as a member of Tromsø sone 1 and an organizer, so mutations get past the access checks.</summary>
    private static async Task ImportNordAsync(IServiceProvider services)
    {
        var plan = NordPlan.With(Sender, ("tromso-sone-1-hanne", Sender));
        await services.GetRequiredService<INetworkRepository>().ImportAsync(plan, CancellationToken.None);
    }

    /// <summary>Every fixture's activity (the recordings keep it in <c>body</c>), pointed at the fake connector's host.</summary>
    private static IEnumerable<(string Name, JsonObject Seed)> Fixtures()
    {
        var root = Path.Combine(RepoPaths.Root, "..", "shared", "fixtures", "teams-activities");
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var activity = node["body"] is JsonObject body ? body : node;
            if (activity["serviceUrl"] is not null)
            {
                activity["serviceUrl"] = TeamsPayloads.ServiceUrl;
            }

            yield return (Path.GetFileName(file), activity);
        }
    }

    /// <summary>A message for every command word and an invoke for every card verb, with data naming the Nord network.</summary>
    private static IEnumerable<(string Name, JsonObject Seed)> AppSeeds(IServiceProvider services)
    {
        foreach (var word in services.GetRequiredService<CommandRegistry>().Names)
        {
            yield return ($"app/command {word}", JsonNode.Parse(TeamsPayloads.ChannelCommand(word, Sender))!.AsObject());
        }

        foreach (var verb in services.GetRequiredService<CardActionRegistry>().Names)
        {
            var data = """{"network":"mentorprogram-nord","team":"tromso-sone-1","gathering":3,"session":"0123456789abcdef0123","choice":"yes","locale":"en-US","version":"W/\"x\""}""";
            yield return ($"app/verb {verb}", JsonNode.Parse(TeamsPayloads.ChannelInvoke(verb, data, Sender))!.AsObject());
        }
    }

    private static (string What, byte[] Body) Mutate(JsonObject seed, Random random)
    {
        var copy = seed.DeepClone().AsObject();
        var text = () => Encoding.UTF8.GetBytes(copy.ToJsonString());
        switch (random.Next(11))
        {
            case 0:
                return Pick(copy, random) is var (parent, key) ? Drop(parent, key, copy) : ("drop", text());
            case 1:
                return Replace(copy, random, null, "null");
            case 2:
                return Replace(copy, random, random.Next(5) switch { 0 => 42, 1 => true, 2 => new JsonArray(), 3 => new JsonObject(), _ => -1.5e300 }, "wrong type");
            case 3:
                return Replace(copy, random, new string('x', random.Next(3) switch { 0 => 1_000, 1 => 10_000, _ => 70_000 }), "huge string");
            case 4:
                return Replace(copy, random, OddStrings[random.Next(OddStrings.Length)], "odd string");
            case 5:
            {
                var json = copy.ToJsonString();
                var at = json.IndexOf("\"type\"", StringComparison.Ordinal);
                return ("duplicate key", Encoding.UTF8.GetBytes(at < 0 ? json : json.Insert(at, "\"type\":\"message\",")));
            }

            case 6:
            {
                JsonNode deep = new JsonArray();
                for (var i = 0; i < 200; i++)
                {
                    deep = random.Next(2) == 0 ? new JsonArray(deep) : new JsonObject { ["a"] = deep };
                }

                var json = copy.ToJsonString();
                return ("deep nesting", Encoding.UTF8.GetBytes(json[..^1] + ",\"value\":" + deep.ToJsonString(new() { MaxDepth = 1000 }) + "}"));
            }

            case 7:
            {
                var bytes = text();
                return ("truncated", bytes[..random.Next(bytes.Length)]);
            }

            case 8:
            {
                var bytes = text();
                for (var i = 0; i < 3; i++)
                {
                    bytes[random.Next(bytes.Length)] = (byte)(0x80 + random.Next(0x40)); // a continuation byte where none belongs
                }

                return ("invalid UTF-8", bytes);
            }

            case 9:
                copy["text"] = new string('y', 300_000);
                return ("oversized", text());
            default:
                return Replace(copy, random, "<at>TeamsMentor</at> " + OddStrings[random.Next(OddStrings.Length)], "odd text");
        }
    }

    private static (string, byte[]) Drop(JsonNode parent, object key, JsonObject root)
    {
        if (parent is JsonObject o)
        {
            o.Remove((string)key);
        }
        else
        {
            ((JsonArray)parent).RemoveAt((int)key);
        }

        return ("drop", Encoding.UTF8.GetBytes(root.ToJsonString()));
    }

    private static (string, byte[]) Replace(JsonObject root, Random random, JsonNode? value, string what)
    {
        if (Pick(root, random) is var (parent, key))
        {
            if (parent is JsonObject o)
            {
                o[(string)key] = value?.DeepClone();
            }
            else
            {
                ((JsonArray)parent)[(int)key] = value?.DeepClone();
            }
        }

        return (what, Encoding.UTF8.GetBytes(root.ToJsonString()));
    }

    /// <summary>A random place in the document (a property or array element), with its parent.</summary>
    private static (JsonNode Parent, object Key)? Pick(JsonNode root, Random random)
    {
        var places = new List<(JsonNode, object)>();
        void Walk(JsonNode node)
        {
            if (node is JsonObject o)
            {
                foreach (var (k, v) in o.ToList())
                {
                    places.Add((o, k));
                    if (v is not null)
                    {
                        Walk(v);
                    }
                }
            }
            else if (node is JsonArray a)
            {
                for (var i = 0; i < a.Count; i++)
                {
                    places.Add((a, i));
                    if (a[i] is { } child)
                    {
                        Walk(child);
                    }
                }
            }
        }

        Walk(root);
        return places.Count == 0 ? null : places[random.Next(places.Count)];
    }
}
