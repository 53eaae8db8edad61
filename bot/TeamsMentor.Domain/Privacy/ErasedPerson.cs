namespace TeamsMentor.Domain.Privacy;

/// <summary>What stands where an erased person's name or id stood.</summary>
public static class ErasedPerson
{
    /// <summary>Shown where the name was («Sendt inn av (slettet person)»).</summary>
    public const string Name = "(slettet person)";

    /// <summary>Stands in for an id inside text (e-mail addresses and ids in free text and payloads).</summary>
    public const string Id = "(slettet)";
}
