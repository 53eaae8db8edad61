using System.Text.Json.Nodes;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// The status-report card's actions: open (each person's own overview of the report's sections, also the card's
/// refresh), open a section's form, save a section, submit, and reopen (organizers). The card's network, team and
/// gathering are checked on every call (payloads can be forged): the sender must be on that team (or organize the
/// network), the card must not come from another team's channel, and the gathering must be the one now reported on.
/// </summary>
/// <remarks>
/// A section's save is guarded by that section's version, so two members saving different sections both keep theirs,
/// and the slower of two saving the same section gets their input back with what the other saved. A submit from the
/// overview is one write when the overview's "complete" mark (<see cref="ReportSeal"/>) matches the version it names;
/// otherwise the report is read and checked. A whole form (from before the report came in sections) is still saved
/// whole. After every save everyone's channel card is updated.
/// </remarks>
public sealed class ReportAction(
    INetworkRepository networks,
    IStatusReportRepository reports,
    IDeliveryStore deliveries,
    BotText text,
    AccessService access,
    ReportSeal seal,
    ReportSnapshotService snapshots,
    Microsoft.Extensions.Options.IOptions<ReportOptions> options,
    TimeProvider time,
    ILogger<ReportAction> logger) : ICardAction
{
    public static IReadOnlyList<string> Verbs { get; } =
        [ReportVerbs.Open, ReportVerbs.Section, ReportVerbs.SaveSection, ReportVerbs.Submit, ReportVerbs.Save, ReportVerbs.Reopen];

    public async Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (action, t) = (context.Action, context.Text);
        var now = time.GetUtcNow();
        var data = ReportCardData.Read(action);
        var started = time.GetTimestamp();
        try
        {
            var scope = await ScopeAsync(context.Activity, data, cancellationToken);
            if (scope is null)
            {
                // Anyone who is not on the team or organizing the network is refused before anything is read that would
                // show them the team's report (also on a refresh by a guest in the channel: the report is the team's).
                return InvokeResponse.Card(NoticeCard.Build(t["Report_Open"], t["Report_Refused"]));
            }

            var (plan, team, gathering, organizer, sender) = scope.Value;
            return await AnswerAsync(context, data!, plan, team, gathering, organizer, sender, now, cancellationToken);
        }
        catch (Exception ex) when ((action.Verb is ReportVerbs.Save or ReportVerbs.Submit or ReportVerbs.SaveSection) && ex is StorageUnavailableException or OperationCanceledException)
        {
            return await NotConfirmedAsync(t, context.Activity, action, data) ?? throw new StorageUnavailableException("The report's save could not be confirmed in time.", ex);
        }
        finally
        {
            if (action.Verb == ReportVerbs.Submit)
            {
                Telemetry.AppTelemetry.Submitted(time.GetElapsedTime(started));
            }
        }
    }

    /// <summary>
    /// Storage did not answer in time during a save: the form (a section's, or a whole one) comes back as typed, with
    /// "could not confirm" and the same save token (pressing the button again is safe: the write is guarded by the same
    /// version, and if the first one did land, the token shows it was this form's own); a submit from the overview gets
    /// its button back. Null when not even the cached plan can be had
    /// at once (the router then says "could not confirm").
    /// </summary>
    /// <remarks>
    /// The full access check may be what did not answer, so the form goes back only to someone the cached plan shows
    /// on the team or organizing the network; anyone else gets the refusal.
    /// </remarks>
    private async Task<InvokeResponse?> NotConfirmedAsync(CardText t, Activity activity, AdaptiveCardInvokeValue action, ReportCardData? data)
    {
        using var quick = new CancellationTokenSource(TimeSpan.FromMilliseconds(300), time);
        try
        {
            if (await CardTargetAsync(data, quick.Token) is not var (plan, team, gathering))
            {
                return null;
            }

            var aad = activity.From?.AadObjectId;
            if (!NetworkAccess.IsMember(plan, team.Id, aad) && !access.CanAdminister(aad, plan.Network))
            {
                return InvokeResponse.Card(NoticeCard.Build(t["Report_Open"], t["Report_Refused"]));
            }

            ReportsLog.SaveNotConfirmed(logger, plan.Network.Id, team.Id, gathering.Number);
            if (action.Verb == ReportVerbs.Submit && data!.Complete is not null)
            {
                return InvokeResponse.Card(StatusReportCard.SubmitNotConfirmed(t, data));
            }

            var typed = ReportForm.Typed(action.Data);
            if (action.Verb == ReportVerbs.SaveSection && data!.Section is { } section)
            {
                return InvokeResponse.Card(StatusReportCard.Section(t, plan, team, gathering, section, typed, data.SectionVersion, null, [], t["Report_NotConfirmed"],
                    noticeIsError: true, saveToken: data.SaveToken));
            }

            return InvokeResponse.Card(StatusReportCard.Editable(t, plan, team, gathering, typed, data!.Version, null, [], t["Report_NotConfirmed"], noticeIsError: true,
                saveToken: data.SaveToken));
        }
        catch (Exception ex) when (ex is StorageUnavailableException or OperationCanceledException)
        {
            return null;
        }
    }

    private async Task<InvokeResponse> AnswerAsync(CardActionContext context, ReportCardData data, NetworkPlan plan, NetworkTeam team, Gathering gathering,
        bool organizer, string sender, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (action, t) = (context.Action, context.Text);
        var deadline = Deadlines.StatusReport(plan.Network, gathering);
        var current = Deadlines.CurrentOrNext(plan, now)?.Number == gathering.Number;
        // Before the deadline the current report is open whatever is stored: the common writes go straight to storage.
        var openNow = current && now < deadline;
        var stamp = SaveStamp(data, context.Activity);
        var asked = ReportSections.Asked(plan, gathering.Number);
        if (action.Verb == ReportVerbs.Submit && openNow && data.Complete is { } mark && seal.IsComplete(mark, plan.Network.Id, team.Id, gathering.Number, data.Version)
            && await SubmitAtAsync(t, plan, team, gathering, data.Version!, sender, stamp, now, cancellationToken) is { } submitted)
        {
            // The overview showed this version complete: one write at that version (changed meanwhile: read and check below).
            return submitted;
        }

        if (action.Verb == ReportVerbs.SaveSection && openNow && data.Section is { } toSave && asked.Contains(toSave))
        {
            return await SaveSectionAsync(t, action, data, toSave, plan, team, gathering, sender, stamp, now, cancellationToken);
        }

        if (action.Verb == ReportVerbs.Submit && data.Complete is null && openNow && data.Version is not null)
        {
            // A whole form's submit: the form's version guards the write (the stored report is read only on a conflict).
            return await SaveAsync(t, action, stamp, data.Version, plan, team, gathering, null, storedRead: false, sender, submit: true, now, cancellationToken);
        }

        var stored = await reports.GetAsync(plan.Network.Id, team.Id, gathering.Number, cancellationToken);
        var open = StatusReportRules.IsOpen(stored?.Value, deadline, now);
        if (action.Verb == ReportVerbs.Reopen)
        {
            return await ReopenAsync(t, plan, team, gathering, stored, organizer, sender, now, cancellationToken);
        }

        if (!open || (!current && !(stored?.Value.Reopened ?? false)))
        {
            return InvokeResponse.Card(StatusReportCard.ReadOnly(t, plan, team, gathering, stored?.Value, organizer && stored is not null));
        }

        switch (action.Verb)
        {
            case ReportVerbs.Section when data.Section is { } section && asked.Contains(section):
                return await SectionFormAsync(t, plan, team, gathering, section, stored, cancellationToken);
            case ReportVerbs.SaveSection when data.Section is { } section && asked.Contains(section):
                return await SaveSectionAsync(t, action, data, section, plan, team, gathering, sender, stamp, now, cancellationToken);
            case ReportVerbs.Submit when data.Complete is not null:
                return await SubmitCheckedAsync(t, plan, team, gathering, stored, sender, stamp, now, cancellationToken);
            case ReportVerbs.Save or ReportVerbs.Submit:
                return await SaveAsync(t, action, stamp, data.Version, plan, team, gathering, stored, storedRead: true, sender, action.Verb == ReportVerbs.Submit, now, cancellationToken);
            default:
                // report.open, and a section the report does not ask for at this gathering (a forged or outdated button).
                return InvokeResponse.Card(Overview(t, plan, team, gathering, stored));
        }
    }

    /// <summary>The overview of <paramref name="stored"/>: each section's state, and the "complete" mark when all are done.</summary>
    private JsonObject Overview(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, Versioned<StatusReport>? stored, string? notice = null, bool noticeIsError = false)
    {
        var states = ReportSections.States(plan, gathering.Number, stored?.Value ?? new StatusReport { TeamId = team.Id, Gathering = gathering.Number });
        var mark = stored is not null && states.All(s => s.Done) ? seal.Complete(plan.Network.Id, team.Id, gathering.Number, stored.Version) : null;
        return StatusReportCard.Overview(t, plan, team, gathering, stored, states, mark, notice, noticeIsError);
    }

    /// <summary>
    /// A section's form: from the stored report when the section was saved (or the report was saved whole), else prefilled
    /// from the team's previous report (sub-goals, measures and figures change slowly; the tasks start at "not yet").
    /// </summary>
    private async Task<InvokeResponse> SectionFormAsync(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, ReportSection section,
        Versioned<StatusReport>? stored, CancellationToken cancellationToken)
    {
        var name = section.ToString();
        var fromStored = stored is not null && (stored.Value.SectionVersions.Count == 0 || stored.Value.SectionVersions.ContainsKey(name));
        var source = fromStored
            ? stored!.Value
            : StatusReportRules.Prefill(team.Id, gathering.Number, await reports.GetPreviousAsync(plan.Network.Id, team.Id, gathering.Number, cancellationToken),
                StatusReportRules.TasksToAnswer(plan, gathering.Number));
        return InvokeResponse.Card(StatusReportCard.Section(t, plan, team, gathering, section, ReportForm.From(source),
            stored?.Value.SectionVersions.GetValueOrDefault(name), stored?.Value, []));
    }

    /// <summary>
    /// Saves one section over what is stored (other sections as they are), guarded by the section's version the form
    /// was built from. Refused values: the section's form back as typed, nothing written. Saved: the overview.
    /// </summary>
    private async Task<InvokeResponse> SaveSectionAsync(CardText t, AdaptiveCardInvokeValue action, ReportCardData data, ReportSection section, NetworkPlan plan,
        NetworkTeam team, Gathering gathering, string sender, string? stamp, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var typed = ReportForm.Typed(action.Data);
        var asked = StatusReportRules.Asked(plan, gathering.Number);
        var taskIds = StatusReportRules.TasksToAnswer(plan, gathering.Number).Select(x => x.Id).ToList();
        var (content, unreadable) = typed.ToReport(team.Id, gathering.Number, asked, taskIds, options.Value.AllowedDocumentHosts);
        var issues = unreadable.Concat(StatusReportRules.Validate(content, asked, taskIds, submitting: false))
            .Where(i => ReportSections.SectionOf(i.Field, asked) == section).DistinctBy(i => i.Field).ToList();
        if (issues.Count > 0)
        {
            var latest = await reports.GetAsync(plan.Network.Id, team.Id, gathering.Number, cancellationToken);
            return InvokeResponse.Card(StatusReportCard.Section(t, plan, team, gathering, section, typed, data.SectionVersion, latest?.Value, issues, t["Report_Invalid"],
                noticeIsError: true, saveToken: data.SaveToken));
        }

        var name = section.ToString();
        var (outcome, saved) = await reports.SaveSectionAsync(plan.Network.Id, team.Id, gathering.Number, section, data.SectionVersion,
            stored => ReportSections.WithSection(stored ?? new StatusReport { TeamId = team.Id, Gathering = gathering.Number }, content, section, asked) with
            {
                State = stored?.State == StatusReportState.Submitted ? StatusReportState.Submitted : StatusReportState.Draft,
                LastEditedBy = sender,
                LastEditedAt = now,
                SaveToken = stamp,
            }, cancellationToken);
        if (outcome != WriteOutcome.Saved)
        {
            var theirVersion = saved?.Value.SectionVersions.GetValueOrDefault(name);
            if (stamp is not null && saved?.Value.SaveToken == stamp && theirVersion is not null && theirVersion != data.SectionVersion)
            {
                // The section's version moved because this form's own earlier save landed (its answer was lost): save over it.
                return await SaveSectionAsync(t, action, data with { SectionVersion = theirVersion }, section, plan, team, gathering, sender, stamp, now, cancellationToken);
            }

            // Someone saved this section first: keep what this person typed and show what is saved now, with its version
            // so that saving again is a deliberate overwrite.
            return InvokeResponse.Card(StatusReportCard.Section(t, plan, team, gathering, section, typed, theirVersion, saved?.Value, [], t["Report_ConflictSection"],
                noticeIsError: true, saved is null ? null : StatusReportCard.Summary(t, plan, saved.Value, section), data.SaveToken));
        }

        await TryUpdateChannelCardAsync(plan, team, gathering, saved!.Value, now, cancellationToken);
        return InvokeResponse.Card(Overview(t, plan, team, gathering, saved, t.Format("Report_SectionSaved", StatusReportCard.SectionTitle(t, section, gathering))));
    }

    /// <summary>A submit from the overview without a valid mark (or after a conflict): the stored report is checked first.</summary>
    private async Task<InvokeResponse> SubmitCheckedAsync(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, Versioned<StatusReport>? stored,
        string sender, string? stamp, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var states = ReportSections.States(plan, gathering.Number, stored?.Value ?? new StatusReport { TeamId = team.Id, Gathering = gathering.Number });
        if (stored is null || !states.All(s => s.Done))
        {
            return InvokeResponse.Card(Overview(t, plan, team, gathering, stored, t["Report_NotComplete"], noticeIsError: true));
        }

        if (await SubmitAtAsync(t, plan, team, gathering, stored.Version, sender, stamp, now, cancellationToken) is { } submitted)
        {
            return submitted;
        }

        // Someone saved a section between the read and the write: show the report as it is now, to look over and send.
        var latest = await reports.GetAsync(plan.Network.Id, team.Id, gathering.Number, cancellationToken);
        return InvokeResponse.Card(Overview(t, plan, team, gathering, latest, t["Report_ChangedMeanwhile"], noticeIsError: true));
    }

    /// <summary>Marks the report submitted at <paramref name="version"/> (one write); null when it changed meanwhile.</summary>
    private async Task<InvokeResponse?> SubmitAtAsync(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, string version, string sender, string? stamp,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (outcome, _) = await reports.SubmitAsync(plan.Network.Id, team.Id, gathering.Number, version, sender, now, stamp, cancellationToken);
        if (outcome != WriteOutcome.Saved)
        {
            return null;
        }

        // The channel card shows only the state: who submitted and when (the answers are each person's own view).
        var submitted = new StatusReport { TeamId = team.Id, Gathering = gathering.Number, State = StatusReportState.Submitted, SubmittedBy = sender, SubmittedAt = now };
        await TryUpdateChannelCardAsync(plan, team, gathering, submitted, now, cancellationToken);
        return InvokeResponse.Card(StatusReportCard.Submitted(t, plan, team, gathering, submitted));
    }

    /// <summary>The channel card's update after a save; a save stands even when its update cannot be queued (the next save's catches up).</summary>
    private async Task TryUpdateChannelCardAsync(NetworkPlan plan, NetworkTeam team, Gathering gathering, StatusReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await UpdateChannelCardAsync(plan, team, gathering, report, now, cancellationToken);
        }
        catch (Exception ex) when (ex is StorageUnavailableException or OperationCanceledException)
        {
            ReportsLog.ChannelCardNotQueued(logger, plan.Network.Id, team.Id, gathering.Number);
        }
    }

    /// <summary>The form's save token bound to the person saving (a card two people share has one token; their saves are still two).</summary>
    private static string? SaveStamp(ReportCardData data, Activity activity) =>
        data.SaveToken is { Length: > 0 } token && activity.From?.AadObjectId is { } aad
            ? token + "." + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(aad.ToLowerInvariant())), 0, 8)
            : null;

    /// <param name="saveStamp">The form's save token bound to the sender (<see cref="SaveStamp"/>), stored with the report.</param>
    /// <param name="storedRead">False on the direct submit path: <paramref name="stored"/> was not read (it is read for an error card).</param>
    /// <param name="version">The version the form was built from; none: the report did not exist.</param>
    private async Task<InvokeResponse> SaveAsync(CardText t, AdaptiveCardInvokeValue action, string? saveStamp, string? version, NetworkPlan plan, NetworkTeam team, Gathering gathering,
        Versioned<StatusReport>? stored, bool storedRead, string sender, bool submit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var typed = ReportForm.Typed(action.Data);
        var taskIds = StatusReportRules.TasksToAnswer(plan, gathering.Number).Select(x => x.Id).ToList();
        var asked = StatusReportRules.Asked(plan, gathering.Number);
        var (content, unreadable) = typed.ToReport(team.Id, gathering.Number, asked, taskIds, options.Value.AllowedDocumentHosts);
        var issues = unreadable.Concat(StatusReportRules.Validate(content, asked, taskIds, submit)).DistinctBy(i => i.Field).ToList();
        if (issues.Count > 0)
        {
            stored = storedRead ? stored : await reports.GetAsync(plan.Network.Id, team.Id, gathering.Number, cancellationToken);
            return InvokeResponse.Card(StatusReportCard.Editable(t, plan, team, gathering, typed, version, stored?.Value, issues, t["Report_Invalid"], noticeIsError: true));
        }

        var wasSubmitted = stored?.Value.State == StatusReportState.Submitted;
        var report = content with
        {
            State = submit || wasSubmitted ? StatusReportState.Submitted : StatusReportState.Draft,
            SubmittedBy = submit ? sender : stored?.Value.SubmittedBy,
            SubmittedAt = submit ? now : stored?.Value.SubmittedAt,
            LastEditedBy = sender,
            LastEditedAt = now,
            Reopened = stored?.Value.Reopened ?? false,
            SaveToken = saveStamp,
        };
        var (outcome, newVersion) = await reports.SaveAsync(plan.Network.Id, report, version, cancellationToken);
        if (outcome != WriteOutcome.Saved)
        {
            var theirs = await reports.GetAsync(plan.Network.Id, team.Id, gathering.Number, cancellationToken);
            if (saveStamp is not null && theirs is { } own && own.Value.SaveToken == saveStamp && own.Version != version)
            {
                // The version moved because this form's own earlier save landed (its answer was lost in an outage): save
                // over it, as the same person pressing the button again meant.
                return await SaveAsync(t, action, saveStamp, own.Version, plan, team, gathering, own, storedRead: true, sender, submit, now, cancellationToken);
            }

            // Someone saved first (or the form was built before the report existed): keep what this person typed and
            // show what is saved now, with its version so that saving again is a deliberate overwrite.
            return InvokeResponse.Card(StatusReportCard.Editable(t, plan, team, gathering, typed, theirs?.Version, theirs?.Value, [], t["Report_Conflict"],
                noticeIsError: true, theirs is null ? null : StatusReportCard.Summary(t, plan, theirs.Value)));
        }

        await TryUpdateChannelCardAsync(plan, team, gathering, report, now, cancellationToken);
        return InvokeResponse.Card(submit
            ? StatusReportCard.Submitted(t, plan, team, gathering, report)
            : Overview(t, plan, team, gathering, new Versioned<StatusReport>(report, newVersion!), t["Report_Saved"]));
    }

    private async Task<InvokeResponse> ReopenAsync(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, Versioned<StatusReport>? stored,
        bool organizer, string sender, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!organizer || stored is null)
        {
            return InvokeResponse.Card(StatusReportCard.ReadOnly(t, plan, team, gathering, stored?.Value, false));
        }

        await snapshots.FreezeDueAsync(plan, null, now, cancellationToken); // what was in at the deadline, before anything changes
        var reopened = stored.Value with { Reopened = true, LastEditedBy = sender, LastEditedAt = now };
        var (outcome, version) = await reports.SaveAsync(plan.Network.Id, reopened, stored.Version, cancellationToken);
        if (outcome != WriteOutcome.Saved)
        {
            return InvokeResponse.Card(StatusReportCard.ReadOnly(t, plan, team, gathering, stored.Value, true, t["Report_Conflict"]));
        }

        await TryUpdateChannelCardAsync(plan, team, gathering, reopened, now, cancellationToken);
        return InvokeResponse.Card(Overview(t, plan, team, gathering, new Versioned<StatusReport>(reopened, version!), t["Report_StateReopened"]));
    }

    /// <summary>
    /// Everyone's copy of the channel card shows the new state (through the delivery engine: queued, paced, retried), in
    /// the network's language like the prompt itself, whatever the language of the person who saved.
    /// </summary>
    /// <remarks>
    /// Without reading the card's delivery first (the save's one write, and this update's two, are all it costs): a
    /// card that was never posted is simply not updated when the update comes to be sent. Members' 1:1 copies are not
    /// updated: their <c>refresh</c> shows each person the report as it is when they look.
    /// </remarks>
    private async Task UpdateChannelCardAsync(NetworkPlan plan, NetworkTeam team, Gathering gathering, StatusReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await ReportChannelCard.UpdateAsync(deliveries, text, plan, team, gathering, report, now, cancellationToken))
        {
            ReportsLog.NoChannelCard(logger, plan.Network.Id, team.Id, gathering.Number); // nothing posted in a channel
        }
    }

    /// <summary>The network, team and gathering the card names, when they exist.</summary>
    private async Task<(NetworkPlan Plan, NetworkTeam Team, Gathering Gathering)?> CardTargetAsync(ReportCardData? data, CancellationToken cancellationToken)
    {
        if (data is null || await networks.GetPlanAsync(data.Network, cancellationToken) is not { } plan)
        {
            return null;
        }

        var team = plan.Teams.FirstOrDefault(x => x.Id == data.Team);
        var gathering = plan.GatheringNumber(data.Gathering);
        return team is null || gathering is null ? null : (plan, team, gathering);
    }

    private async Task<(NetworkPlan Plan, NetworkTeam Team, Gathering Gathering, bool Organizer, string Sender)?> ScopeAsync(
        Activity activity, ReportCardData? data, CancellationToken cancellationToken)
    {
        if (activity.From?.AadObjectId is not { } aad || await CardTargetAsync(data, cancellationToken) is not var (plan, team, gathering))
        {
            return null;
        }

        if (await ChannelAddress.IsAnotherTeamsAsync(activity, plan, team, networks, cancellationToken))
        {
            return null; // a card naming another team than the channel's
        }

        var member = NetworkAccess.MemberOf(plan, team.Id, aad);
        var organizer = access.CanAdminister(aad, plan.Network);
        if (member is null && !organizer)
        {
            return null;
        }

        var sender = member?.Name
            ?? NetworkAccess.OrganizerOf(plan.Network, aad)?.Name
            ?? activity.From?.Name ?? "?";
        return (plan, team, gathering, organizer, sender);
    }
}
