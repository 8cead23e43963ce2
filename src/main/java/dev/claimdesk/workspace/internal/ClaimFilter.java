package dev.claimdesk.workspace.internal;

import static dev.claimdesk.workspace.internal.TaskFilter.blankToNull;
import static dev.claimdesk.workspace.internal.TaskFilter.date;
import static dev.claimdesk.workspace.internal.TaskFilter.integer;
import static dev.claimdesk.workspace.internal.TaskFilter.parse;
import static dev.claimdesk.workspace.internal.TaskFilter.word;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimSearch;
import dev.claimdesk.claims.ClaimStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the claim search shows, kept in the URL like the task list's view: lower-case words, days in the team's time
 * zone. It also reads the dashboard's figure links ({@code from}, {@code to} with {@code opened} or {@code closed},
 * {@code status}, {@code slaBreached}, {@code asked}): an unknown value is dropped and said so, never a failed page.
 *
 * @param state {@code open}, {@code closed} or null (both)
 * @param sla {@code breached}, {@code on-time} or null
 */
public record ClaimFilter(
        String text,
        ClaimCategory category,
        String country,
        String team,
        ClaimStatus status,
        String state,
        String sla,
        LocalDate submittedFrom,
        LocalDate submittedTo,
        LocalDate closedFrom,
        LocalDate closedTo,
        boolean replied,
        boolean asked,
        ClaimSearch.Sort sort,
        int page,
        List<String> notices) {

    public static final int PAGE_SIZE = 25;
    public static final List<String> STATES = List.of("open", "closed");
    public static final List<String> SLA_STATES = List.of("breached", "on-time");

    public ClaimFilter {
        text = blankToNull(text) == null ? null : text.strip();
        country = blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
        team = blankToNull(team) == null ? null : team.strip();
        state = oneOf(STATES, state) ? state : null;
        sla = oneOf(SLA_STATES, sla) ? sla : null;
        sort = sort == null ? ClaimSearch.Sort.NEWEST : sort;
        page = Math.max(page, 0);
        notices = List.copyOf(notices);
    }

    public static ClaimFilter from(Map<String, String> params) {
        List<String> notices = new ArrayList<>();
        ClaimCategory category = known(ClaimCategory.class, params.get("category"), "category", notices);
        String statusWord = blankToNull(params.get("status"));
        String state = null;
        ClaimStatus status = null;
        if (oneOf(STATES, statusWord)) {
            state = statusWord;
        } else {
            status = known(ClaimStatus.class, statusWord, "status", notices);
        }
        String sla = blankToNull(params.get("sla"));
        if ("true".equals(params.get("slaBreached"))) {
            sla = "breached";
        }
        if (sla != null && !oneOf(SLA_STATES, sla)) {
            notices.add("Unknown SLA state \"" + sla + "\": every claim is shown.");
        }
        LocalDate submittedFrom = day(params, "submittedFrom", notices);
        LocalDate submittedTo = day(params, "submittedTo", notices);
        LocalDate closedFrom = day(params, "closedFrom", notices);
        LocalDate closedTo = day(params, "closedTo", notices);
        // the dashboard's period: days the claims were closed in for closed figures and outcomes, else submitted in
        LocalDate from = day(params, "from", notices);
        LocalDate to = day(params, "to", notices);
        boolean closedFigure =
                "true".equals(params.get("closed")) || (status != null && !status.isOpen()) || "closed".equals(state);
        if (closedFigure) {
            closedFrom = closedFrom == null ? from : closedFrom;
            closedTo = closedTo == null ? to : closedTo;
            state = status == null ? "closed" : state;
        } else {
            submittedFrom = submittedFrom == null ? from : submittedFrom;
            submittedTo = submittedTo == null ? to : submittedTo;
        }
        for (String other : List.of("process", "firstResponse", "agent")) {
            if (blankToNull(params.get(other)) != null) {
                notices.add("The claim search has no \"" + other + "\" filter: it shows the claims of the other"
                        + " filters.");
            }
        }
        return new ClaimFilter(
                params.get("q"),
                category,
                params.get("country"),
                params.get("team"),
                status,
                state,
                sla,
                submittedFrom,
                submittedTo,
                closedFrom,
                closedTo,
                "true".equals(params.get("replied")),
                "true".equals(params.get("asked")),
                parse(ClaimSearch.Sort.class, params.get("sort"), ClaimSearch.Sort.NEWEST),
                integer(params.get("page")),
                notices);
    }

    /** The search: days become instants at the team's midnight, the "to" day included. */
    public ClaimSearch search(ZoneId zone) {
        Set<ClaimStatus> statuses = status != null
                ? Set.of(status)
                : state == null
                        ? Set.of()
                        : Arrays.stream(ClaimStatus.values())
                                .filter(s -> s.isOpen() == "open".equals(state))
                                .collect(Collectors.toSet());
        return new ClaimSearch(
                text,
                category,
                country,
                team,
                statuses,
                sla == null ? null : "breached".equals(sla),
                start(submittedFrom, zone),
                start(submittedTo == null ? null : submittedTo.plusDays(1), zone),
                start(closedFrom, zone),
                start(closedTo == null ? null : closedTo.plusDays(1), zone),
                replied,
                asked,
                sort);
    }

    public ClaimFilter withPage(int newPage) {
        return with(sort, newPage);
    }

    public ClaimFilter withSort(ClaimSearch.Sort newSort) {
        return with(newSort, 0);
    }

    private ClaimFilter with(ClaimSearch.Sort newSort, int newPage) {
        return new ClaimFilter(
                text,
                category,
                country,
                team,
                status,
                state,
                sla,
                submittedFrom,
                submittedTo,
                closedFrom,
                closedTo,
                replied,
                asked,
                newSort,
                newPage,
                List.of());
    }

    /** For templates, which may not name the enum: {@code newest}, {@code oldest}, {@code recently-closed}. */
    public ClaimFilter withSortWord(String word) {
        return withSort(parse(ClaimSearch.Sort.class, word, ClaimSearch.Sort.NEWEST));
    }

    /** Only what differs from the default, so that links stay short. */
    public String toQuery() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", text);
        p.put("category", word(category));
        p.put("country", country);
        p.put("team", team);
        p.put("status", status != null ? word(status) : state);
        p.put("sla", sla);
        p.put("submittedFrom", submittedFrom);
        p.put("submittedTo", submittedTo);
        p.put("closedFrom", closedFrom);
        p.put("closedTo", closedTo);
        p.put("replied", replied ? "true" : null);
        p.put("asked", asked ? "true" : null);
        p.put("sort", sort == ClaimSearch.Sort.NEWEST ? null : word(sort));
        p.put("page", page == 0 ? null : page);
        return p.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The status filter's value for the form: a status word, "open" or "closed". */
    public String statusWord() {
        return status != null ? word(status) : state;
    }

    public String wordOf(Enum<?> value) {
        return word(value);
    }

    private static <E extends Enum<E>> E known(Class<E> type, String value, String name, List<String> notices) {
        E parsed = parse(type, value, null);
        if (parsed == null && blankToNull(value) != null) {
            notices.add("Unknown " + name + " \"" + value + "\": every " + name + " is shown.");
        }
        return parsed;
    }

    private static LocalDate day(Map<String, String> params, String name, List<String> notices) {
        String value = params.get(name);
        LocalDate parsed = date(value);
        if (parsed == null && blankToNull(value) != null) {
            notices.add("\"" + value + "\" is not a date (yyyy-mm-dd); the " + name + " filter is left out.");
        }
        return parsed;
    }

    /** List.of's contains refuses null. */
    private static boolean oneOf(List<String> words, String word) {
        return word != null && words.contains(word);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }
}
