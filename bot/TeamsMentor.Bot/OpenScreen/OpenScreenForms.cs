using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>The new-session form as the command and the card actions show it: with the next upcoming sessions to change or cancel.</summary>
public sealed class OpenScreenForms(IOpenScreenRepository sessions, OpenScreenService openScreen, TimeProvider time)
{
    public static readonly IReadOnlyDictionary<string, string?> NoInput = new Dictionary<string, string?>();

    /// <param name="joinUrlRequired">Whether the form asks for a pasted link; by default when the app cannot create meetings.</param>
    public async Task<JsonObject> NewAsync(CardText t, NetworkPlan plan, IReadOnlyDictionary<string, string?> typed, IReadOnlyList<OpenScreenIssue> issues, string? notice,
        CancellationToken cancellationToken, bool? joinUrlRequired = null, string? draft = null)
    {
        var now = time.GetUtcNow();
        var upcoming = (await sessions.ListSessionsAsync(plan.Network.Id, cancellationToken)).Select(s => s.Value).Where(s => !s.IsCancelled && s.Start > now).Take(5).ToList();
        return OpenScreenFormCard.Form(t, plan, typed, issues, null, joinUrlRequired ?? !openScreen.MeetingsConfigured, notice, upcoming, draft);
    }
}
