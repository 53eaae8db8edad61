namespace TeamsMentor.Domain.OpenScreen;

/// <summary>An answer on the invite card: Jeg kommer / Kanskje / Kan ikke.</summary>
public enum RsvpChoice
{
    Yes,
    Maybe,
    No,
}
