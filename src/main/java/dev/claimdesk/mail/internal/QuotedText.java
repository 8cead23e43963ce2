package dev.claimdesk.mail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps only what the seller wrote in a reply: drops the quoted history that Gmail, Outlook and Apple Mail append
 * (the "On ... wrote:" line, Outlook's "From:/Sent:" block or "Original Message" line, and every "&gt;" quoted line)
 * and the signature (after the "-- " delimiter, or a "Sent from my iPhone" line). A seller who answered point by point
 * between the quoted lines keeps those answers.
 */
final class QuotedText {

    /** Gmail and Apple Mail: "On Tue, 6 Jan 2026 at 10:12, ClaimDesk <helpdesk@...> wrote:" (often wrapped). */
    private static final Pattern ON_WROTE = Pattern.compile("^On\\s.{4,300}?\\bwrote:\\s*$", Pattern.DOTALL);
    /** Outlook (plain text): "-----Original Message-----". */
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile("^-{2,}\\s*Original Message\\s*-{2,}\\s*$");
    /** Outlook: a line of underscores above the original's header block. */
    private static final Pattern UNDERSCORES = Pattern.compile("^_{10,}\\s*$");

    private static final Pattern FROM_HEADER = Pattern.compile("^\\*?From:\\*?\\s.+");
    private static final Pattern SENT_HEADER = Pattern.compile("^\\*?(Sent|Date):\\*?\\s.+");
    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^--\\s?$");
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile(
            "^(Sent from my (iPhone|iPad|Android|Galaxy|Samsung|Huawei|Xiaomi|BlackBerry|mobile|phone)\\b.{0,40}"
                    + "|Sent from (Mail|Outlook|Yahoo Mail) for \\w+.{0,20}|Get Outlook for \\w+.{0,20}"
                    + "|Sent from Gmail Mobile|Sent from Yahoo Mail.{0,30})$",
            Pattern.CASE_INSENSITIVE);

    private QuotedText() {}

    static String strip(String text) {
        List<String> lines =
                text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        int end = historyStart(lines);
        var kept = new ArrayList<String>();
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            int header = line.strip().startsWith("On ") ? onWroteLines(lines, i) : 0;
            if (header > 0) {
                i += header - 1; // an inline answer's "On ... wrote:" line: not the seller's words
            } else if (!line.stripLeading().startsWith(">")) {
                kept.add(line.stripTrailing());
            }
        }
        cutSignature(kept);
        return String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Index of the first line of the quoted history (lines.size() when there is none). */
    private static int historyStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (ORIGINAL_MESSAGE.matcher(line).matches()) {
                return i;
            }
            if (UNDERSCORES.matcher(line).matches() && any(lines, i + 1, 2, FROM_HEADER)) {
                return i;
            }
            if (FROM_HEADER.matcher(line).matches() && any(lines, i + 1, 4, SENT_HEADER)) {
                return i;
            }
            int header = line.startsWith("On ") ? onWroteLines(lines, i) : 0;
            if (header > 0 && !answeredInline(lines, i + header)) {
                return i;
            }
        }
        return lines.size();
    }

    /** How many lines an "On ... wrote:" header starting here spans (clients wrap it over up to three), or 0. */
    private static int onWroteLines(List<String> lines, int i) {
        var joined = new StringBuilder();
        for (int j = i; j < Math.min(lines.size(), i + 3); j++) {
            joined.append(j == i ? "" : " ").append(lines.get(j).strip());
            if (ON_WROTE.matcher(joined).matches()) {
                return j - i + 1;
            }
        }
        return 0;
    }

    /**
     * An inline answer: below the "On ... wrote:" line the seller wrote between quoted lines (to answer point by
     * point), so there is own text followed by more quoted text.
     */
    private static boolean answeredInline(List<String> lines, int from) {
        boolean quoteSeen = false;
        boolean ownTextAfterQuote = false;
        for (String line : lines.subList(Math.min(from, lines.size()), lines.size())) {
            String s = line.strip();
            if (s.startsWith(">")) {
                if (ownTextAfterQuote) {
                    return true;
                }
                quoteSeen = true;
            } else if (!s.isEmpty() && quoteSeen) {
                ownTextAfterQuote = true;
            }
        }
        return false;
    }

    private static boolean any(List<String> lines, int from, int within, Pattern pattern) {
        for (int j = from; j < Math.min(lines.size(), from + within); j++) {
            if (pattern.matcher(lines.get(j).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Drops the signature: from the "-- " delimiter, or from a mobile client's "Sent from" line, to the end. */
    private static void cutSignature(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (SIGNATURE_DELIMITER.matcher(line).matches()
                    || MOBILE_SIGNATURE.matcher(line.strip()).matches()) {
                lines.subList(i, lines.size()).clear();
                return;
            }
        }
    }
}
