namespace TeamsMentor.Domain.OpenScreen;

/// <summary>How many said they come, might come, or cannot.</summary>
public sealed record RsvpCounts(int Yes, int Maybe, int No)
{
    public static readonly RsvpCounts None = new(0, 0, 0);

    public static RsvpCounts From(IEnumerable<OpenScreenRsvp> rsvps)
    {
        ArgumentNullException.ThrowIfNull(rsvps);
        int yes = 0, maybe = 0, no = 0;
        foreach (var r in rsvps)
        {
            _ = r.Choice switch
            {
                RsvpChoice.Yes => yes++,
                RsvpChoice.Maybe => maybe++,
                _ => no++,
            };
        }

        return new RsvpCounts(yes, maybe, no);
    }
}
