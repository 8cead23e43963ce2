package dev.claimdesk.mail.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Finds what the seller wrote in a reply, wherever they wrote it: above the quoted message (top-posted), below it
 * (bottom-posted), or between its quoted parts (interleaved: each answer keeps the last lines of the question it
 * answers, quoted, so it can be read). Dropped: quote headers ("On … wrote:" in the mail clients' languages), ">"
 * quoted text, the original below an Outlook-style header block or an "Original Message" / forwarded-message line,
 * signatures ("-- ", a mobile or carrier "Sent from …" line, a "-Name" sign-off) and mailing-list footers.
 *
 * <p>The text is read line by line and each line classified (quote, quote header, history marker, signature, own
 * text), the way open-source helpdesks and forums trim replies; the patterns are written from the mail clients'
 * documented reply formats. When in doubt a line is kept: a seller's word wrongly kept costs less than one lost.
 */
final class ReplyText {

    /** The reply as stored and shown, and the seller's own words in it (what the English rule judges). */
    record Reply(String text, String ownWords) {

        boolean hasOwnWords() {
            return !ownWords.isBlank();
        }
    }

    /** The mail clients' words (quote headers, separators, signatures) in their languages. */
    private static final Properties CLIENT_WORDS = load();

    /** Lines of the question quoted above each interleaved answer. */
    private static final int CONTEXT_LINES = 3;

    /** Attribution verbs: en, de, nl, fr, es, pt, it, pl, ru/uk, sv/da/no, fi, tr, zh, ar. */
    private static final Pattern ATTRIBUTION_VERB = anyOf("", "", "attribution-verbs");

    private static final Pattern EMAIL = Pattern.compile("[^\\s<>()\"]+@[^\\s<>()\"]+\\.[^\\s<>()\"]+");
    private static final Pattern DATE_OR_TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}|\\b(19|20)\\d{2}\\b|\\d{4}年");

    /** "-----Original Message-----", "---------- Forwarded message ---------", in any language. */
    private static final Pattern DASHED_TITLE = Pattern.compile("^-{3,}\\s*[^-\\s][^-]{1,60}?\\s*-{3,}$");

    /** The same lines in the languages we know, recognised even without a header block below them. */
    private static final Pattern KNOWN_SEPARATOR = anyOf("^-{2,}\\s*", "\\s*-{2,}$", "separators");

    /** Apple Mail and others: "Begin forwarded message:" (and its translations). */
    private static final Pattern FORWARD_INTRO = anyOf("^", "\\s*[:：]$", "forward-intros");

    /** The first line of a header block (Outlook, and forwarded mail): From, in the clients' languages. */
    private static final Pattern FROM_LABEL = anyOf("^\\*?", "\\*?\\s*[:：].*\\S.*", "from-labels");

    /** Any "Label: value" header line (Sent, Date, To, Subject, in any language). */
    private static final Pattern HEADER_LINE =
            Pattern.compile("^\\*?[\\p{L}][\\p{L} .-]{0,24}\\*?\\s*[:：]\\*?\\s*\\S.*");

    private static final Pattern UNDERSCORES = Pattern.compile("^_{10,}$");
    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^(--|—|__)\\s?$");

    /** Mobile clients and carriers: "Sent from my iPhone", "Sent from my Verizon Wireless BlackBerry", … */
    private static final Pattern MOBILE_SIGNATURE = anyOf("^", "\\s*$", "mobile-signatures");

    /** A "-Name" or "--Name" sign-off on the last line (a "-- " delimiter is a signature, handled above). */
    private static final Pattern DASH_SIGN_OFF =
            Pattern.compile("^[-–—]{1,2}\\p{Lu}[\\p{L}.']*( \\p{Lu}[\\p{L}.']*){0,2}$");

    private static final Pattern LIST_ITEM = Pattern.compile("^[-–—*•]\\s?\\S.*");

    /** Mailing-list and group footers. */
    private static final Pattern LIST_FOOTER = anyOf("^", "", "list-footers");

    private ReplyText() {}

    /**
     * before(one|of|these)after, case-insensitive in every script: the alternatives (regular expressions, in the mail
     * clients' languages) are data, in reply-text.properties beside this class.
     */
    private static Pattern anyOf(String before, String after, String listName) {
        String alternatives = CLIENT_WORDS.getProperty(listName);
        if (alternatives == null) {
            throw new IllegalStateException("No " + listName + " in reply-text.properties");
        }
        return Pattern.compile(
                before + "(" + alternatives + ")" + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Properties load() {
        var words = new Properties();
        try (var in = ReplyText.class.getResourceAsStream("reply-text.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Cannot read reply-text.properties", e);
        }
        return words;
    }

    static Reply extract(String body) {
        List<String> lines = normalize(body);
        lines = lines.subList(0, historyStart(lines));
        List<Block> blocks = blocks(lines);
        cutSignature(blocks);
        return assemble(blocks);
    }

    private static List<String> normalize(String body) {
        if (body == null) {
            return List.of();
        }
        return body.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00a0', ' ')
                .lines()
                .map(String::stripTrailing)
                .toList();
    }

    // --- history: everything from an unquoted original message on ---

    private static int historyStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || quoted(line)) {
                continue;
            }
            if (KNOWN_SEPARATOR.matcher(line).matches()
                    || FORWARD_INTRO.matcher(line).matches()
                    || (DASHED_TITLE.matcher(line).matches() && headerBlockWithin(lines, i + 1, 3))
                    || (UNDERSCORES.matcher(line).matches() && headerBlockWithin(lines, i + 1, 2))
                    || (FROM_LABEL.matcher(line).matches() && headerLinesAfter(lines, i) >= 2)) {
                return i;
            }
            int header = attributionLines(lines, i);
            if (header > 0 && !quoted(nextNonBlank(lines, i + header)) && hasAddressOrDate(lines, i, header)) {
                return i; // "On … wrote:" above an original that is not quoted: the rest is history
            }
        }
        return lines.size();
    }

    private static boolean headerBlockWithin(List<String> lines, int from, int within) {
        for (int j = from; j < Math.min(lines.size(), from + within); j++) {
            String line = lines.get(j).strip();
            if (FROM_LABEL.matcher(line).matches()
                    || (HEADER_LINE.matcher(line).matches() && headerLinesAfter(lines, j - 1) >= 2)) {
                return true;
            }
        }
        return false;
    }

    /** How many "Label: value" lines follow line i within four lines (an Outlook block: Sent, To, Subject). */
    private static int headerLinesAfter(List<String> lines, int i) {
        int count = 0;
        for (int j = i + 1; j < Math.min(lines.size(), i + 5); j++) {
            if (HEADER_LINE.matcher(lines.get(j).strip()).matches()) {
                count++;
            }
        }
        return count;
    }

    /**
     * How many lines (1 to 3: clients wrap it) a quote header starting at line i spans, or 0: an unquoted line that
     * ends with a colon and either has an attribution verb, or names an address and a date and introduces quoted text
     * (Gmail in Russian or Japanese writes no verb: "вт, 6 янв. 2026 г. в 10:12, Name &lt;address&gt;:").
     */
    private static int attributionLines(List<String> lines, int i) {
        var joined = new StringBuilder();
        for (int j = i; j < Math.min(lines.size(), i + 3); j++) {
            String line = lines.get(j).strip();
            if (line.isEmpty() || quoted(line)) {
                return 0;
            }
            joined.append(j == i ? "" : " ").append(line);
            if (joined.length() > 400) {
                return 0;
            }
            if (line.endsWith(":") || line.endsWith("：")) {
                String text = joined.toString();
                int span = j - i + 1;
                if (ATTRIBUTION_VERB.matcher(text).find()) {
                    return span;
                }
                boolean introducesQuote = quoted(nextNonBlank(lines, j + 1));
                if (introducesQuote
                        && EMAIL.matcher(text).find()
                        && DATE_OR_TIME.matcher(text).find()) {
                    return span;
                }
                return 0;
            }
        }
        return 0;
    }

    private static boolean hasAddressOrDate(List<String> lines, int i, int span) {
        String text = String.join(" ", lines.subList(i, i + span));
        return EMAIL.matcher(text).find() || DATE_OR_TIME.matcher(text).find();
    }

    private static String nextNonBlank(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j).strip();
            }
        }
        return "";
    }

    private static boolean quoted(String line) {
        return line.stripLeading().startsWith(">");
    }

    // --- blocks of own text and of quoted text ---

    private record Block(boolean quote, List<String> lines) {

        boolean blank() {
            return lines.stream().allMatch(String::isBlank);
        }
    }

    private static List<Block> blocks(List<String> lines) {
        var blocks = new ArrayList<Block>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int header = attributionLines(lines, i);
            if (header > 0) {
                i += header - 1; // a quote header is the mail client's words, not the seller's
                continue;
            }
            boolean quote = quoted(line);
            if (line.isBlank() && !blocks.isEmpty()) {
                blocks.getLast().lines().add(line); // a blank line belongs to the block it follows
                continue;
            }
            if (blocks.isEmpty() || blocks.getLast().quote() != quote) {
                blocks.add(new Block(quote, new ArrayList<>()));
            }
            blocks.getLast().lines().add(line);
        }
        blocks.removeIf(b -> !b.quote() && b.blank());
        return mergeNeighbours(blocks);
    }

    private static List<Block> mergeNeighbours(List<Block> blocks) {
        var merged = new ArrayList<Block>();
        for (var block : blocks) {
            if (!merged.isEmpty() && merged.getLast().quote() == block.quote()) {
                merged.getLast().lines().addAll(block.lines());
            } else {
                merged.add(block);
            }
        }
        return merged;
    }

    /** Cuts own text from the first signature, carrier line or list footer to the end, and a closing "-Name". */
    private static void cutSignature(List<Block> blocks) {
        for (int b = 0; b < blocks.size(); b++) {
            var block = blocks.get(b);
            if (block.quote()) {
                continue;
            }
            var lines = block.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (signatureStart(lines, i)) {
                    lines.subList(i, lines.size()).clear();
                    blocks.subList(b + 1, blocks.size()).clear();
                    break;
                }
            }
        }
        blocks.removeIf(b -> !b.quote() && b.blank());
        for (int b = blocks.size() - 1; b >= 0; b--) {
            if (!blocks.get(b).quote()) {
                var lines = blocks.get(b).lines();
                int last = lastNonBlank(lines);
                boolean inList = last > 0
                        && LIST_ITEM.matcher(lines.get(last - 1).strip()).matches();
                if (last >= 0
                        && !inList
                        && DASH_SIGN_OFF.matcher(lines.get(last).strip()).matches()) {
                    lines.subList(last, lines.size()).clear();
                }
                break;
            }
        }
        blocks.removeIf(b -> !b.quote() && b.blank());
    }

    private static boolean signatureStart(List<String> lines, int i) {
        String line = lines.get(i);
        String s = line.strip();
        if (SIGNATURE_DELIMITER.matcher(line).matches()) {
            return true;
        }
        if (MOBILE_SIGNATURE.matcher(s).matches()) {
            // only near the end: "Sent from my warehouse on Monday." followed by more of the reply is the seller's
            return lines.subList(i + 1, lines.size()).stream()
                            .filter(l -> !l.isBlank())
                            .count()
                    <= 4;
        }
        if (LIST_FOOTER.matcher(s).matches()) {
            return true;
        }
        // a list footer starts with a line of underscores: "____\nlist-name mailing list\nlist@…"
        return UNDERSCORES.matcher(s).matches()
                && i + 1 < lines.size()
                && lines.subList(i + 1, Math.min(lines.size(), i + 4)).stream()
                        .anyMatch(l -> LIST_FOOTER.matcher(l.strip()).matches()
                                || l.toLowerCase(Locale.ROOT).contains("listinfo"));
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    // --- the reply ---

    /**
     * Own text blocks in order. Answers written between quoted parts (some quoted block lies between two blocks of own
     * text) each keep the end of the question above them; a plain top- or bottom-posted reply keeps its text only.
     */
    private static Reply assemble(List<Block> blocks) {
        int firstText = -1;
        int lastText = -1;
        for (int b = 0; b < blocks.size(); b++) {
            if (!blocks.get(b).quote()) {
                if (firstText < 0) {
                    firstText = b;
                }
                lastText = b;
            }
        }
        if (firstText < 0) {
            return new Reply("", "");
        }
        boolean interleaved = false;
        for (int b = firstText; b < lastText; b++) {
            interleaved |= blocks.get(b).quote();
        }
        var text = new ArrayList<String>();
        var own = new ArrayList<String>();
        for (int b = 0; b <= lastText; b++) {
            var block = blocks.get(b);
            if (!block.quote()) {
                addParagraphs(text, block.lines());
                addParagraphs(own, block.lines());
            } else if (interleaved && b + 1 <= lastText) {
                addParagraphs(text, questionContext(block.lines()));
            }
        }
        return new Reply(join(text), join(own));
    }

    /** The last paragraph of a quoted block (at most a few lines): the question the next answer answers. */
    private static List<String> questionContext(List<String> quoted) {
        var paragraph = new ArrayList<String>();
        for (int i = quoted.size() - 1; i >= 0; i--) {
            String content = quoted.get(i).strip().replaceFirst("^(>\\s?)+", "").strip();
            if (content.isEmpty()) {
                if (!paragraph.isEmpty()) {
                    break;
                }
                continue;
            }
            paragraph.addFirst("> " + content);
            if (paragraph.size() == CONTEXT_LINES) {
                break;
            }
        }
        return paragraph;
    }

    private static void addParagraphs(List<String> out, List<String> lines) {
        if (!out.isEmpty() && !out.getLast().isBlank()) {
            out.add("");
        }
        out.addAll(lines);
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines).replaceAll("\n{3,}", "\n\n").strip();
    }
}
