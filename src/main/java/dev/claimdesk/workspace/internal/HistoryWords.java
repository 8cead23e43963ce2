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

    private static final Map<String, String> EVENTS = words(
            "submitted", "Submitted",
            "registered", "Taken up by its process",
            "duplicate process stopped", "A second process was stopped",
            "validated", "Checked",
            "routed", "Sent to a team's queue",
            "assigned", "Assigned",
            "unassigned", "Back in the queue",
            "decided", "Decided",
            "SLA breached", "First-response deadline missed",
            "info requested", "Seller asked for information",
            "seller replied", "Seller replied",
            "auto-closed", "Closed: no reply from the seller",
            "action failed", "An action failed",
            "accepted", "Accepted",
            "rejected", "Rejected",
            "invalid", "Cannot be processed",
            "rtv case linked", "RTV case linked");

    /** What each mail step tells the seller (the mail module's audit words, see mail.internal.JobMail). */
    private static final Map<String, String> MAILS = words(
            "acknowledged", "Confirmation that the claim was received",
            "info request sent", "The question to the seller",
            "reminded", "A reminder that the reply is due",
            "resolution sent", "The decision",
            "auto-close notice sent", "The notice that the claim closed without a reply",
            "english request sent", "A request to write in English",
            "counterfeit notice sent", "The counterfeit notice",
            "appeal reminder sent", "A reminder of the appeal deadline",
            "documents requested", "A request for a missing document",
            "decision sent", "The decision on the appeal");

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

    /** Code and words, pair after pair. */
    private static Map<String, String> words(String... pairs) {
        var map = new java.util.HashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(map);
    }

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
