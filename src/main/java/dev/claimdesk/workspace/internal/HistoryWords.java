package dev.claimdesk.workspace.internal;

import dev.claimdesk.claims.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim's audit trail as people read it: each step in words ("Sent to a queue", "Mail to the seller"), who did it,
 * and its details without the machine's identifiers (Message-IDs, process instance keys, queue ids). The trail itself
 * keeps them; the page says what happened.
 */
public final class HistoryWords {

    /** One step of the history, in words. */
    public record Line(Instant at, String event, String what, String who, String details) {}

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("submitted", "Submitted"),
            Map.entry("registered", "Taken up by its process"),
            Map.entry("duplicate process stopped", "A second process was stopped"),
            Map.entry("validated", "Checked"),
            Map.entry("routed", "Sent to a team's queue"),
            Map.entry("assigned", "Assigned"),
            Map.entry("unassigned", "Back in the queue"),
            Map.entry("decided", "Decided"),
            Map.entry("SLA breached", "First-response deadline missed"),
            Map.entry("info requested", "Seller asked for information"),
            Map.entry("seller replied", "Seller replied"),
            Map.entry("auto-closed", "Closed: no reply from the seller"),
            Map.entry("action failed", "An action failed"),
            Map.entry("accepted", "Accepted"),
            Map.entry("rejected", "Rejected"),
            Map.entry("invalid", "Cannot be processed"),
            Map.entry("rtv case linked", "RTV case linked"));

    /** What each mail step tells the seller (the mail module's audit words, see mail.internal.JobMail). */
    private static final Map<String, String> MAILS = Map.ofEntries(
            Map.entry("acknowledged", "Confirmation that the claim was received"),
            Map.entry("info request sent", "The question to the seller"),
            Map.entry("reminded", "A reminder that the reply is due"),
            Map.entry("resolution sent", "The decision"),
            Map.entry("auto-close notice sent", "The notice that the claim closed without a reply"),
            Map.entry("english request sent", "A request to write in English"),
            Map.entry("counterfeit notice sent", "The counterfeit notice"),
            Map.entry("appeal reminder sent", "A reminder of the appeal deadline"),
            Map.entry("documents requested", "A request for a missing document"),
            Map.entry("decision sent", "The decision on the appeal"));

    /** The work-claim form's outcomes (forms/work-claim.form). */
    private static final Map<String, String> OUTCOMES = Map.of(
            "accept", "accept",
            "reject", "reject",
            "request-information", "ask the seller");

    private static final Pattern MESSAGE_ID = Pattern.compile("Message-ID\\s+<?[^\\s>]+>?");
    private static final Pattern PROCESS_INSTANCE = Pattern.compile("process instance \\d+");
    private static final Pattern ROUTED = Pattern.compile("team (\\S+), priority (\\d+)");
    private static final Pattern DECIDED = Pattern.compile("(\".*\"): (\\S+)");

    private HistoryWords() {}

    public static List<Line> of(List<AuditEntry> trail, TeamNames.Lookup teams) {
        return trail.stream().map(e -> line(e, teams)).toList();
    }

    static Line line(AuditEntry entry, TeamNames.Lookup teams) {
        String event = entry.event() == null ? "" : entry.event();
        String details = entry.details() == null ? "" : entry.details();
        String what = EVENTS.get(event);
        if (MAILS.containsKey(event)) {
            what = "Mail to the seller";
            details = MAILS.get(event);
        } else if (event.equals("registered")) {
            details = PROCESS_INSTANCE.matcher(details).replaceAll("").strip();
        } else if (event.equals("routed")) {
            Matcher m = ROUTED.matcher(details);
            if (m.matches()) {
                details = "Queue " + teams.nameOf(m.group(1)) + ", priority " + m.group(2);
            }
        } else if (event.equals("decided")) {
            Matcher m = DECIDED.matcher(details);
            if (m.matches() && OUTCOMES.containsKey(m.group(2))) {
                details = m.group(1) + ": " + OUTCOMES.get(m.group(2));
            }
        }
        // an identifier the trail keeps for support, not for the reader
        details = MESSAGE_ID.matcher(details).replaceAll("a mail").strip();
        return new Line(entry.at(), event, what == null ? sentence(event) : what, who(entry.actor()), details);
    }

    private static String who(String actor) {
        if (actor == null || actor.equals("system")) {
            return "ClaimDesk";
        }
        return actor.equals("seller") ? "The seller" : actor;
    }

    /** "english request sent" as "English request sent": an event this class does not know, still in words. */
    private static String sentence(String event) {
        if (event.isEmpty()) {
            return event;
        }
        String words = event.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
