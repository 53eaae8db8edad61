using System.Globalization;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.CardKit;

/// <summary>Texts and formats for cards in one culture: UI strings, role names, dates in the network's time zone.</summary>
public sealed class CardText(BotText text, CultureInfo culture)
{
    private static readonly (TeamRoles Role, string Key)[] RoleKeys =
    [
        (TeamRoles.Leader, "Role_Leader"),
        (TeamRoles.Hr, "Role_Hr"),
        (TeamRoles.UnionRep, "Role_UnionRep"),
        (TeamRoles.Mentor, "Role_Mentor"),
        (TeamRoles.Mentee, "Role_Mentee"),
        (TeamRoles.ContactPerson, "Role_ContactPerson"),
    ];

    public CultureInfo Culture { get; } = culture;

    public string this[string name] => text.Get(name, Culture);

    public string Format(string name, params object[] args) => text.Format(name, Culture, args);

    /// <summary>The text <paramref name="name"/>, or null when there is none (for names made from data, such as a wave's kind).</summary>
    public string? Find(string name) => text.Find(name, Culture);

    public string DateTime(DateTimeOffset instant, TimeZoneInfo zone) =>
        NetworkClock.ToLocal(instant, zone).ToString(this["Format_DateTime"], Culture);

    public string Date(DateTimeOffset instant, TimeZoneInfo zone) =>
        NetworkClock.ToLocal(instant, zone).ToString(this["Format_Date"], Culture);

    /// <summary>
    /// A gathering's status-report deadline as people read it: the computed one is midnight after the last day, shown as
    /// 23:59 of that day; an explicit one as given.
    /// </summary>
    public string StatusDeadline(LearningNetwork network, Gathering gathering)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(gathering);
        var deadline = Deadlines.StatusReport(network, gathering);
        return DateTime(gathering.StatusReportDeadline is null ? deadline.AddMinutes(-1) : deadline, network.Zone);
    }

    public IEnumerable<(TeamRoles Role, string Title)> Roles => RoleKeys.Select(r => (r.Role, this[r.Key]));

    public string RoleList(TeamRoles roles)
    {
        var names = Roles.Where(r => (roles & r.Role) == r.Role).Select(r => r.Title).ToList();
        return names.Count == 0 ? this["Role_NoRoles"] : string.Join(", ", names);
    }
}
