using System.Reflection;
using Microsoft.Extensions.Logging;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Log events: one log class per feature (<c>{Feature}Log</c>), each feature with its own range of event ids (as the
/// README lists them), and no event id used twice in the app, so an operator's query by id finds one thing.
/// </summary>
public sealed class LogEventIdsTests
{
    /// <summary>The ranges, by the namespace of the feature's log class. A new feature with logs adds its range here and in the README.</summary>
    private static readonly Dictionary<string, (int From, int To)> Ranges = new(StringComparer.Ordinal)
    {
        ["TeamsMentor.Protocol.Hosting"] = (1000, 1099),
        ["TeamsMentor.Protocol.Authentication"] = (1100, 1199),
        ["TeamsMentor.Protocol.Connector"] = (1200, 1299),
        ["TeamsMentor.Bot.Installations"] = (2000, 2099),
        ["TeamsMentor.Bot.Conversation"] = (2100, 2199),
        ["TeamsMentor.Bot.OpenScreen"] = (2300, 2399),
        ["TeamsMentor.Bot.Delivery"] = (3000, 3099),
        ["TeamsMentor.Bot.Demo"] = (3900, 3999),
        ["TeamsMentor.Bot.Networks"] = (4000, 4099),
        ["TeamsMentor.Bot.Reports"] = (4100, 4199),
        ["TeamsMentor.Bot.Localization"] = (4200, 4299),
        ["TeamsMentor.Bot.Evaluations"] = (4300, 4399),
        ["TeamsMentor.Bot.Privacy"] = (4400, 4499),
        ["TeamsMentor.Infrastructure.Meetings"] = (5100, 5199),
    };

    private static List<(MethodInfo Method, LoggerMessageAttribute Message)> Events() =>
        [.. new[] { typeof(Program).Assembly, typeof(Protocol.Hosting.TurnContext).Assembly, typeof(Infrastructure.Storage.TableProvider).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Message: m.GetCustomAttribute<LoggerMessageAttribute>()!))
            .Where(x => x.Message is not null)];

    [Fact]
    public void EventIds_AreUniqueAcrossTheApp()
    {
        var events = Events();
        Assert.True(events.Count >= 35, $"only {events.Count} log events found");
        var twice = events.GroupBy(e => e.Message.EventId).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Method.Name))}").ToList();
        Assert.Empty(twice);
    }

    [Fact]
    public void EveryEvent_InItsFeaturesLogClass_WithinTheFeaturesRange()
    {
        foreach (var (method, message) in Events())
        {
            var type = method.DeclaringType!;
            var feature = type.Namespace!;
            Assert.True(type.Name == feature[(feature.LastIndexOf('.') + 1)..] + "Log", $"{type.FullName}.{method.Name}: log events live in the feature's {{Feature}}Log class");
            Assert.True(Ranges.TryGetValue(feature, out var range), $"{feature} has no event id range");
            Assert.InRange(message.EventId, range.From, range.To);
        }
    }
}
