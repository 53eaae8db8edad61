using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Networks;

/// <summary>
/// The role card's network and team, and the member the sender already is (when Teams knows them). The same field
/// carries the member chosen in the card's picker when they are not known yet (<see cref="RoleCard.MemberInput"/>).
/// </summary>
public sealed record RoleCardData(string Network, string Team, string? Member = null) : ICardData<RoleCardData>
{
    private const string NetworkField = "network";
    private const string TeamField = "team";

    public JsonObject ToJson()
    {
        var data = new JsonObject { [NetworkField] = Network, [TeamField] = Team };
        if (Member is not null)
        {
            data[RoleCard.MemberInput] = Member;
        }

        return data;
    }

    public static RoleCardData? Read(AdaptiveCardInvokeValue action) =>
        action is not null && CardIds.Required(action, NetworkField) is { } network && CardIds.Required(action, TeamField) is { } team
            && CardIds.Optional(action, RoleCard.MemberInput, out var member)
            ? new RoleCardData(network, team, member)
            : null;
}
