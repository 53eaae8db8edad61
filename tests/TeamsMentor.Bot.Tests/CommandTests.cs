using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>Text commands and card submissions: "hjelp"/"help" and anything not understood get the help card.</summary>
[Collection(HostCollection.Name)]
public sealed class CommandTests(AzuriteFixture azurite) : HostTestBase(azurite)
{
    [Theory]
    [InlineData("hjelp")]
    [InlineData("Hjelp!")]
    [InlineData("  HJELP ")]
    [InlineData("help")]
    public async Task HelpWord_NorwegianLocale_NorwegianHelpCard(string text)
    {
        await PostAsync(TeamsPayloads.PersonalMessage(text));

        var card = CardOf(SingleSent().Activity);
        var body = AllText(card);
        Assert.Contains("Jeg hjelper læringsnettverket", body, StringComparison.Ordinal);
        Assert.Contains("Statusrapport", body, StringComparison.Ordinal);
        Assert.Contains("Personvern: TeamsMentor lagrer navnet ditt", body, StringComparison.Ordinal); // what is stored, briefly
        Assert.Contains("«Mine data»", body, StringComparison.Ordinal);
        Assert.Equal("Svar meg på engelsk (answer me in English)", (string?)card["actions"]?[0]?["title"]);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    public async Task Help_EnglishLocale_EnglishHelpCard(string locale)
    {
        await PostAsync(TeamsPayloads.PersonalMessage("help", locale));

        var card = CardOf(SingleSent().Activity);
        Assert.Contains("I help the learning network", AllText(card), StringComparison.Ordinal);
        Assert.Equal("Svar meg på norsk (answer me in Norwegian)", (string?)card["actions"]?[0]?["title"]);
    }

    [Theory]
    [InlineData("nn-NO")]
    [InlineData("de-DE")]
    public async Task Help_OtherLocale_Bokmal(string locale)
    {
        await PostAsync(TeamsPayloads.PersonalMessage("hjelp", locale));
        Assert.Contains("Jeg hjelper", AllText(CardOf(SingleSent().Activity)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownText_HelpCardSaysNotUnderstood()
    {
        await PostAsync(TeamsPayloads.PersonalMessage("hva er klokka"));
        Assert.Contains("Det forstod jeg ikke", AllText(CardOf(SingleSent().Activity)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelMention_MentionStrippedAndHelpAnsweredInThread()
    {
        await PostAsync(TeamsPayloads.ChannelMention("hjelp"));

        var (request, activity) = SingleSent();
        Assert.Contains("Jeg hjelper læringsnettverket", AllText(CardOf(activity)), StringComparison.Ordinal);
        Assert.Equal("/emea/v3/conversations/19%3Atromso%40thread.tacv2%3Bmessageid%3D1700000000002/activities/1700000000002", request.RawPath);
    }

    [Fact]
    public async Task CardSubmit_RoutedAsSubmissionNotAsText()
    {
        await PostAsync(TeamsPayloads.CardSubmit());

        var activity = SingleSent().Activity;
        Assert.Null(activity["attachments"]);
        Assert.Contains("ikke lenger i bruk", (string?)activity["text"], StringComparison.Ordinal);
        Assert.Equal("1700000000009", (string?)activity["replyToId"]);
    }

    [Fact]
    public async Task Reply_ConnectorThrottlesOnce_RetriedAndDelivered()
    {
        Factory.Connector.Then(System.Net.HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.Zero);

        await PostAsync(TeamsPayloads.PersonalMessage("hjelp"));

        Assert.Equal(2, Factory.Connector.Requests.Count);
    }
}
