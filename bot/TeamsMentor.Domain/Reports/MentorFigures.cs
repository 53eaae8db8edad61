namespace TeamsMentor.Domain.Reports;

/// <summary>The counts each team reports (the Nord final report's table); turnover = quit / new hires with a mentor.</summary>
public sealed record MentorFigures(int Mentors, int MentorsTrained, int NewHiresWithMentor, int NewHiresWithMentorQuit)
{
    /// <summary>Turnover among new hires with a mentor, or null when there are none.</summary>
    public decimal? Turnover => NewHiresWithMentor == 0 ? null : (decimal)NewHiresWithMentorQuit / NewHiresWithMentor;
}
