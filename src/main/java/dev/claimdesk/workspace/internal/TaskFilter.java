package dev.claimdesk.workspace.internal;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.tasks.TaskQuery.Queue;
import dev.claimdesk.tasks.TaskQuery.Sort;
import dev.claimdesk.workspace.SlaState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the task list shows: the queue, the filters, the order and the page. It lives in the URL (lower-case words, only
 * what differs from the default) so that a view can be bookmarked and shared; an unknown or malformed value is
 * dropped rather than failing the page.
 */
public record TaskFilter(
        Queue queue,
        ClaimCategory category,
        String country,
        String team,
        ClaimStatus status,
        SlaState sla,
        LocalDate dueFrom,
        LocalDate dueTo,
        String text,
        Sort sort,
        boolean replied,
        int page) {

    public static final int PAGE_SIZE = 25;

    public TaskFilter {
        country = blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
        team = blankToNull(team);
        text = blankToNull(text) == null ? null : text.strip();
        sort = sort == null ? Sort.DUE : sort;
        page = Math.max(page, 0);
    }

    public static TaskFilter from(Map<String, String> params, Queue defaultQueue) {
        return new TaskFilter(
                parse(Queue.class, params.get("queue"), defaultQueue),
                parse(ClaimCategory.class, params.get("category"), null),
                params.get("country"),
                params.get("team"),
                parse(ClaimStatus.class, params.get("status"), null),
                parse(SlaState.class, params.get("sla"), null),
                date(params.get("dueFrom")),
                date(params.get("dueTo")),
                params.get("q"),
                parse(Sort.class, params.get("sort"), Sort.DUE),
                "true".equals(params.get("replied")),
                integer(params.get("page")));
    }

    public TaskFilter withQueue(Queue queue) {
        return new TaskFilter(queue, category, country, team, status, sla, dueFrom, dueTo, text, sort, replied, 0);
    }

    public TaskFilter withSort(Sort sort) {
        return new TaskFilter(queue, category, country, team, status, sla, dueFrom, dueTo, text, sort, replied, 0);
    }

    /** For the page's sort links: {@code due} or {@code priority}. */
    public TaskFilter withSortWord(String word) {
        return withSort(parse(Sort.class, word, Sort.DUE));
    }

    /** {@link #word(Enum)} for templates, which cannot call static methods. */
    public String wordOf(Enum<?> value) {
        return word(value);
    }

    public TaskFilter withPage(int page) {
        return new TaskFilter(queue, category, country, team, status, sla, dueFrom, dueTo, text, sort, replied, page);
    }

    /** Whether anything narrows the queue (the empty state then says so). */
    public boolean narrowed() {
        return category != null
                || country != null
                || team != null
                || status != null
                || sla != null
                || dueFrom != null
                || dueTo != null
                || text != null
                || replied;
    }

    /** The URL parameters of this view, e.g. {@code queue=team&category=bill-breakdown&sla=breached}. */
    public String toQuery() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("queue", word(queue));
        p.put("category", word(category));
        p.put("country", country);
        p.put("team", team);
        p.put("status", word(status));
        p.put("sla", word(sla));
        p.put("dueFrom", dueFrom == null ? null : dueFrom.toString());
        p.put("dueTo", dueTo == null ? null : dueTo.toString());
        p.put("q", text);
        p.put("replied", replied ? "true" : null);
        p.put("sort", sort == Sort.DUE ? null : word(sort));
        p.put("page", page == 0 ? null : String.valueOf(page));
        return p.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The URL word of an enum constant: {@code BILL_BREAKDOWN} is {@code bill-breakdown}. */
    public static String word(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String word, E fallback) {
        if (word == null || word.isBlank()) {
            return fallback;
        }
        String name = word.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElse(fallback);
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static int integer(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
