namespace TeamsMentor.Domain.Networks;

/// <summary>Roles in a municipality team. A person may hold several.</summary>
[Flags]
public enum TeamRoles
{
    None = 0,

    /// <summary>Virksomhetsleder / avdelingsleder: a leader with decision authority (every team should have one).</summary>
    Leader = 1,

    /// <summary>HR.</summary>
    Hr = 2,

    /// <summary>Tillitsvalgt: union representative (every team should have one).</summary>
    UnionRep = 4,

    Mentor = 8,

    /// <summary>Nytilsatt: a new hire with a mentor.</summary>
    Mentee = 16,

    /// <summary>Prosjektleder / kontaktperson: the team's contact person for the organizers.</summary>
    ContactPerson = 32,
}
