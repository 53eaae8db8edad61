namespace TeamsMentor.Domain.Networks;

/// <summary>The names roles have in plans and APIs (<c>leader</c>, <c>hr</c>, <c>unionRep</c>, ...).</summary>
public static class TeamRoleNames
{
    private static readonly (TeamRoles Role, string Name)[] Map =
    [
        (TeamRoles.Leader, "leader"),
        (TeamRoles.Hr, "hr"),
        (TeamRoles.UnionRep, "unionRep"),
        (TeamRoles.Mentor, "mentor"),
        (TeamRoles.Mentee, "mentee"),
        (TeamRoles.ContactPerson, "contactPerson"),
    ];

    public static IEnumerable<string> All => Map.Select(m => m.Name);

    public static bool TryParse(string? name, out TeamRoles role)
    {
        foreach (var (r, n) in Map)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                role = r;
                return true;
            }
        }

        role = TeamRoles.None;
        return false;
    }

    public static IReadOnlyList<string> ToNames(TeamRoles roles) => Map.Where(m => roles.HasFlag(m.Role)).Select(m => m.Name).ToList();
}
