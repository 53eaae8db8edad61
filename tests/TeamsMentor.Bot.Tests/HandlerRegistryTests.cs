using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Hosting;
using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Protocol.Schema;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The card-action and command registries: each action and command names its own verbs or words, a name claimed twice
/// fails while services are registered, and the host's registry answers exactly the verbs its cards carry.
/// </summary>
public sealed class HandlerRegistryTests
{
    [Fact]
    public void AddCardAction_VerbClaimedByAnotherAction_FailsAtRegistration()
    {
        var services = new ServiceCollection();
        services.AddCardAction<FirstAction>();
        var error = Assert.Throws<InvalidOperationException>(() => services.AddCardAction<ClashingAction>());
        Assert.Contains("'test.shared'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(FirstAction), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ClashingAction), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCardAction_SameActionTwice_RegistersItOnce()
    {
        var services = new ServiceCollection();
        services.AddCardAction<FirstAction>().AddCardAction<FirstAction>();
        var registry = Assert.Single(services, d => d.ServiceType == typeof(CardActionRegistry)).ImplementationInstance as CardActionRegistry;
        Assert.Equal(["test.first", "test.shared"], registry!.Names.Order(StringComparer.Ordinal));
        Assert.Equal(typeof(FirstAction), registry.Find("test.shared"));
        Assert.Null(registry.Find("test.unknown"));
        Assert.Null(registry.Find(null));
        Assert.Single(services, d => d.ServiceType == typeof(FirstAction));
    }

    [Fact]
    public void AddTextCommand_WordClaimedTwiceOrEmpty_Fails()
    {
        var services = new ServiceCollection();
        services.AddConversation();
        Assert.Throws<InvalidOperationException>(() => services.AddTextCommand<HelpAgainCommand>()); // "hjelp" is the help command's
        Assert.Throws<InvalidOperationException>(() => services.AddTextCommand<SilentCommand>());
    }

    [Fact]
    public void Host_EveryVerbOnEveryCard_IsRegistered_AndEveryRegisteredVerbIsOnACard()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.AddTeamsMentorBot();
        var registered = Assert.Single(builder.Services, d => d.ServiceType == typeof(CardActionRegistry)).ImplementationInstance as CardActionRegistry;
        var onCards = CardValidationTests.AllCards().SelectMany(c => Verbs(c.Card)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(onCards.Order(StringComparer.Ordinal), registered!.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Host_CommandWords_AreRegisteredOnce_ByTheirCommands()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.AddTeamsMentorBot();
        var registry = Assert.Single(builder.Services, d => d.ServiceType == typeof(CommandRegistry)).ImplementationInstance as CommandRegistry;
        Assert.Equal(typeof(HelpCommand), registry!.Find("hjelp"));
        Assert.Equal("LinkCommand", registry.Find("koble")?.Name);
        Assert.Equal("PlanCommand", registry.Find("min plan")?.Name);
        Assert.Equal("OpenScreenCommand", registry.Find("åpen skjerm")?.Name);
        Assert.Equal("LedgerCommand", registry.Find("utsendinger")?.Name);
        Assert.Equal("LedgerCommand", registry.Find("levering")?.Name); // its old name, kept
        Assert.Equal("RoleCommand", registry.Find("min rolle")?.Name);
    }

    [Fact]
    public void Host_EveryPromptKind_IsBuiltByExactlyOneWaveBuilder()
    {
        // A kind without a builder would be skipped by the scheduler without a word.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Evaluations:AnswerKey"] = TestSecrets.EvaluationAnswerKey,
            ["Storage:ConnectionString"] = AzuriteFixture.ConnectionStringFor(1), // built, never called
        });
        builder.AddTeamsMentorBot();
        using var app = builder.Build();
        var built = app.Services.GetServices<IWaveBuilder>().SelectMany(b => b.Kinds).ToList();
        Assert.Equal(Enum.GetValues<PromptKind>().Order(), built.Order());
    }

    private static IEnumerable<string> Verbs(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" => [(string)o["verb"]!, .. o.SelectMany(p => Verbs(p.Value))],
        JsonObject o => o.SelectMany(p => Verbs(p.Value)),
        JsonArray a => a.SelectMany(Verbs),
        _ => [],
    };

    private sealed class FirstAction : ICardAction
    {
        public static IReadOnlyList<string> Verbs { get; } = ["test.first", "test.shared"];

        public Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class ClashingAction : ICardAction
    {
        public static IReadOnlyList<string> Verbs { get; } = ["test.second", "test.shared"];

        public Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class HelpAgainCommand : ITextCommand
    {
        public static IReadOnlyList<string> Words { get; } = ["hjelp"];

        public Task<JsonObject> AnswerAsync(CommandContext context, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class SilentCommand : ITextCommand
    {
        public static IReadOnlyList<string> Words { get; } = [];

        public Task<JsonObject> AnswerAsync(CommandContext context, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
