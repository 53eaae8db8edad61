namespace TeamsMentor.Domain.Networks;

/// <summary>How an evaluation item is answered.</summary>
public enum EvaluationItemKind
{
    /// <summary>Agree scale 1-5 plus "vet ikke" (don't know).</summary>
    Likert,

    /// <summary>A rating 1-5 (e.g. of the gathering's content).</summary>
    Rating,

    /// <summary>Hours spent (a number).</summary>
    Hours,

    /// <summary>Optional free text, shown to organizers only.</summary>
    Text,
}
