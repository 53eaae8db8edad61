namespace TeamsMentor.Bot.Privacy;

/// <summary>Section <c>Privacy</c>: how long personal data is kept.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>Months after a network's period ends until its members' personal data is erased (the figures, anonymous answers and reports without names stay).</summary>
    public int RetentionMonths { get; set; } = 12;

    /// <summary>Days before that erasure the organizers are warned (and can download the network's archive).</summary>
    public int WarnDays { get; set; } = 30;

    /// <summary>Days after a card was sent until the ledger forgets its content and recipient's name (the delivery's status stays).</summary>
    public int PayloadDays { get; set; } = 30;
}
