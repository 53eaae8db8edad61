using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsMentor.Bot.Evaluations;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The real host with the Nord plan on Azurite and the clock at 27 April 2023 14:00, an hour after gathering 3 ended:
/// its evaluation is open until 4 May 13:00 (reminder 30 April 13:00). Three people are known to Teams.
/// </summary>
public abstract class EvaluationTestBase : HostTestBase
{
    protected const string Organizer = "aad-organizer-1";
    protected const string Hanne = "aad-hanne"; // tromso-sone-1
    protected const string Silje = "aad-silje"; // tromso-sone-1
    protected const string Anita = "aad-anita"; // hammerfest
    protected const string Network = "mentorprogram-nord";
    protected static readonly DateTimeOffset Start = new(2023, 4, 27, 14, 0, 0, TimeSpan.FromHours(2));

    protected EvaluationTestBase(AzuriteFixture azurite, IDictionary<string, string?>? settings = null)
        : this(azurite, new FakeTimeProvider(Start), settings)
    {
    }

    /// <summary>The same network with the clock at <paramref name="start"/> instead.</summary>
    protected EvaluationTestBase(AzuriteFixture azurite, DateTimeOffset start, IDictionary<string, string?>? settings = null)
        : this(azurite, new FakeTimeProvider(start), settings)
    {
    }

    /// <summary>The same network with more test registrations (e.g. an in-memory telemetry exporter).</summary>
    protected EvaluationTestBase(AzuriteFixture azurite, Action<IServiceCollection> services)
        : this(azurite, new FakeTimeProvider(Start), null, services)
    {
    }

    private EvaluationTestBase(AzuriteFixture azurite, FakeTimeProvider clock, IDictionary<string, string?>? settings, Action<IServiceCollection>? services = null)
        : base(azurite, settings: settings, clock: clock, services: services)
    {
        TestClock = clock;
        var plan = NordPlan();
        plan = plan with
        {
            Network = plan.Network with { Organizers = [plan.Network.Organizers[0] with { AadObjectId = Organizer }, .. plan.Network.Organizers.Skip(1)] },
            Members = [.. plan.Members.Select(m => m.Id switch
            {
                "tromso-sone-1-hanne" => m with { AadObjectId = Hanne },
                "tromso-sone-1-silje" => m with { AadObjectId = Silje },
                "hammerfest-anita" => m with { AadObjectId = Anita },
                _ => m,
            })],
        };
        Networks.ImportAsync(plan, CancellationToken.None).GetAwaiter().GetResult();
        Factory.Connector.Fallback = _ => RecordingHandler.Json(HttpStatusCode.OK, """{"members":[]}""");
    }

    protected FakeTimeProvider TestClock { get; }

    protected INetworkRepository Networks => Factory.Services.GetRequiredService<INetworkRepository>();

    protected IEvaluationRepository Evaluations => Factory.Services.GetRequiredService<IEvaluationRepository>();

    protected RespondentKeys Keys => Factory.Services.GetRequiredService<RespondentKeys>();

    protected static NetworkPlan NordPlan(string file = "mentorprogram-nord.json") =>
        NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", file))).Plan!;

    /// <summary>An Action.Execute from the Tromsø channel; the card's answer.</summary>
    protected async Task<JsonObject> InvokeAsync(string verb, JsonObject data, string aad, string name = "Hanne Solbakken")
    {
        var response = await PostAsync(TeamsPayloads.ChannelInvoke(verb, data.ToJsonString(), aad, name));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!.AsObject();
    }

    /// <summary>The app has a personal chat with <paramref name="aad"/> (installed a month before the clock).</summary>
    protected Task ChatWithAsync(string aad) => Installations.SaveInstalledAsync(new TeamsMentor.Domain.Installations.ConversationInstallation
    {
        TenantId = TeamsPayloads.Tenant, ConversationId = "a:chat-" + aad, Kind = TeamsMentor.Domain.Installations.ConversationKind.Personal,
        ServiceUrl = TeamsPayloads.ServiceUrl, BotId = TeamsPayloads.BotId, UserAadObjectId = aad, InstalledAt = Start.AddDays(-30),
    }, CancellationToken.None);

    protected static JsonObject Data(int gathering = 3, string network = Network, params (string Item, string Value)[] answers)
    {
        var data = new EvaluationCardData(network, gathering).ToJson();
        foreach (var (item, value) in answers)
        {
            data[EvaluationRules.InputId(item)] = value;
        }

        return data;
    }

    protected async Task LinkAsync(string teamId, string channelId)
    {
        var current = (await Networks.GetTeamAsync(Network, teamId, CancellationToken.None))!;
        Assert.Equal(WriteOutcome.Saved, await Networks.SetChannelAsync(Network, teamId,
            new ChannelLink(TeamsPayloads.Tenant, TeamsPayloads.TeamId, channelId, TeamsPayloads.ServiceUrl, TestClock.GetUtcNow(), "test"), current.Version, CancellationToken.None));
    }

    /// <summary>Stores an answer as if <paramref name="aad"/> had sent it (the same keys the card uses).</summary>
    protected Task AnswerAsync(string aad, string municipality, int motivation, int gathering = 3, string? text = null)
    {
        var values = new Dictionary<string, EvaluationValue> { ["motivasjon"] = EvaluationValue.OfScore(motivation) };
        if (text is not null)
        {
            values["mest-nyttig"] = EvaluationValue.OfText(text);
        }

        return Evaluations.SaveAnswerAsync(Network, Keys.AnswerKey(Network, gathering, aad), Keys.PendingKey(Network, gathering, aad),
            new EvaluationAnswer { Gathering = gathering, MunicipalityId = municipality, Values = values }, CancellationToken.None);
    }

    protected static string Texts(JsonNode? node) => CardNodes.Text(node);
}
