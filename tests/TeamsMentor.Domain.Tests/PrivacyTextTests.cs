using System.Text.Json.Nodes;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Privacy;

namespace TeamsMentor.Domain.Tests;

/// <summary>Finding a person in a stored value and taking them out of it, and when retention falls due.</summary>
public sealed class PrivacyTextTests
{
    private static readonly DataSubject Anne = new()
    {
        AadObjectId = "6F0D2C1E-0000-4000-8000-000000000001",
        MemberIds = new Dictionary<string, IReadOnlyList<string>> { ["nord"] = ["tromso-anne"] },
        Names = ["Anne Hansen"],
        Emails = ["anne.hansen@example.com"],
        TeamsIds = ["29:1anne"],
    };

    [Theory]
    [InlineData("Sendt inn av Anne Hansen", true)]
    [InlineData("sendt inn av anne hansen.", true)]
    [InlineData("Marianne Hansen tok ansvar", false)] // another name ending the same way
    [InlineData("Anne Hansens kurs", true)] // the genitive is her too
    [InlineData("Anne Hansenberg", false)]
    [InlineData("user|6f0d2c1e-0000-4000-8000-000000000001", true)] // the Entra id in a key, any case
    [InlineData("""["tromso-per","tromso-anne"]""", true)] // a member id in a JSON list
    [InlineData("r|s1|tromso-anne", true)] // a key segment
    [InlineData("tromso-annette", false)] // a longer id is another person
    [InlineData("{\"text\":\"Hei Anne Hansen\"}", true)]
    [InlineData("Skriv til anne.hansen@example.com", true)]
    public void NamedIn_FindsThePersonAndNoOneElse(string value, bool named) => Assert.Equal(named, PersonalText.NamedIn(value, Anne, "nord"));

    [Fact]
    public void NamedIn_AJsonEscapedName_IsFound()
    {
        var subject = Anne with { Names = ["Sølvi Ødegård"] };
        var stored = new JsonObject { ["text"] = "Lagret av Sølvi Ødegård" }.ToJsonString(); // «\u00F8» in storage

        Assert.DoesNotContain("Sølvi", stored, StringComparison.Ordinal);
        Assert.True(PersonalText.NamedIn(stored, subject, "nord"));
        Assert.Equal("Lagret av (slettet person)", JsonNode.Parse(PersonalText.Redact(stored, subject, "nord")!)!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Redact_ValueThatIsThePerson_NullOrNeutral_TextKeepsItsWords_ListsLoseTheId()
    {
        Assert.Null(PersonalText.Redact("tromso-anne", Anne, "nord"));
        Assert.Null(PersonalText.Redact("6f0d2c1e-0000-4000-8000-000000000001", Anne, "nord"));
        Assert.Equal(ErasedPerson.Name, PersonalText.Redact("Anne Hansen", Anne, "nord"));
        Assert.Equal("(slettet person) og Marianne Hansen holdt kurset", PersonalText.Redact("Anne Hansen og Marianne Hansen holdt kurset", Anne, "nord"));
        Assert.Equal("""["tromso-per","tromso-kari"]""", PersonalText.Redact("""["tromso-per","tromso-anne","tromso-kari"]""", Anne, "nord"));
        Assert.Equal("""[{"id":"s1","ownerMemberId":null,"text":"Ring (slettet person)"}]""",
            PersonalText.Redact("""[{"id":"s1","ownerMemberId":"tromso-anne","text":"Ring Anne Hansen"}]""", Anne, "nord"));
    }

    [Fact]
    public void Redact_KeepingCounts_TheIdBecomesATokenNamingNoOne()
    {
        var redacted = JsonNode.Parse(PersonalText.Redact("""["tromso-per","tromso-anne"]""", Anne with { KeepCounts = true }, "nord")!)!.AsArray();

        Assert.Equal(2, redacted.Count);
        Assert.Equal("tromso-per", (string?)redacted[0]);
        Assert.Matches("^~[0-9a-f]{12}$", (string?)redacted[1]);
    }

    [Fact]
    public void MemberIds_CountOnlyInTheirOwnNetwork()
    {
        Assert.True(PersonalText.NamedIn("tromso-anne", Anne, "nord"));
        Assert.False(PersonalText.NamedIn("tromso-anne", Anne, "viken")); // the same slug in another network is someone else
    }

    [Fact]
    public void OnlyTheirs_AListNamingSeveral_KeepsThePerson()
    {
        Assert.Equal("""["tromso-anne"]""", PersonalText.OnlyTheirs("""["tromso-per","tromso-anne"]""", Anne, "nord"));
        Assert.Equal("Anne Hansen og Per", PersonalText.OnlyTheirs("Anne Hansen og Per", Anne, "nord"));
    }

    [Fact]
    public void Retention_TwelveMonthsAfterTheEnd_AtMidnightOslo_Warned30DaysBefore()
    {
        var plan = SamplePlan.Create();
        var network = plan.Network with { End = new DateOnly(2024, 11, 30) };

        Assert.Equal(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.FromHours(1)), Retention.PurgeAt(network, 12));
        Assert.Equal(new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.FromHours(1)), Retention.WarnAt(network, 12, 30));
        var withMembers = plan with { Network = network };
        Assert.False(Retention.PurgeDue(withMembers, 12, new DateTimeOffset(2025, 11, 30, 22, 59, 0, TimeSpan.Zero)));
        Assert.True(Retention.PurgeDue(withMembers, 12, new DateTimeOffset(2025, 11, 30, 23, 0, 0, TimeSpan.Zero)));
        Assert.False(Retention.PurgeDue(withMembers with { Members = [] }, 12, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))); // done
        Assert.True(Retention.WarningDue(withMembers, 12, 30, new DateTimeOffset(2025, 11, 15, 0, 0, 0, TimeSpan.Zero)));
        Assert.False(Retention.WarningDue(withMembers, 12, 30, new DateTimeOffset(2025, 10, 30, 0, 0, 0, TimeSpan.Zero)));
    }
}
