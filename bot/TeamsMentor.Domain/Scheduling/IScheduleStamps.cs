namespace TeamsMentor.Domain.Scheduling;

/// <summary>
/// Each network's change stamp. Every write that can make a prompt due sooner than the clock alone would moves it: the
/// plan (teams, members, channels, the calendar), progress plans (one made may be made no longer), follow-ups (a
/// cancelled one brings the advisor's reminder back), open-screen sessions, and a person's new personal chat with the
/// app. The scheduler keeps what it read of a network until its stamp moves, so a network with nothing due costs one
/// shared read per pass. Other writes can only make prompts fewer (a prompt sent, a report submitted: a submitted report
/// stays submitted, also when reopened), and the scheduler reads them afresh before it builds a wave.
/// </summary>
public interface IScheduleStamps
{
    /// <summary>
    /// Moves the network's stamp; called after the write it follows. It runs to the end even when the caller is
    /// cancelled (the write is done) and never throws for storage failures: a touch that did not land is made up for by
    /// the scheduler's periodic full read.
    /// </summary>
    Task TouchAsync(string networkId);

    /// <summary>Every network's stamp by network id, in one read. A network never touched has none.</summary>
    Task<IReadOnlyDictionary<string, string>> ReadAllAsync(CancellationToken cancellationToken);
}
