package dev.claimdesk.dashboard.internal;

import dev.claimdesk.claims.ClaimCategory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dashboard's view: a period of the team's local days (both ends included) and the filters, kept in the URL
 * ({@code from=2026-11-01&to=2026-11-30&category=bill-breakdown&country=KE&team=billing&process=ClaimHandling}). A
 * malformed value is dropped and said so ({@link #notices()}), never a failed page.
 */
public record DashboardFilter(
        LocalDate from,
        LocalDate to,
        String process,
        ClaimCategory category,
        String country,
        String team,
        List<String> notices) {

    /** The default period: the last 30 days, today included. */
    public static final int DEFAULT_DAYS = 30;
    /** A longer period is cut to this many days (figures stay quick to sum). */
    public static final int MAX_DAYS = 400;

    public DashboardFilter {
        process = blankToNull(process);
        country = blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
        team = blankToNull(team) == null ? null : team.strip();
        notices = List.copyOf(notices);
    }

    public static DashboardFilter from(Map<String, String> params, LocalDate today) {
        List<String> notices = new ArrayList<>();
        LocalDate to = date(params.get("to"), "to", notices);
        LocalDate from = date(params.get("from"), "from", notices);
        to = to == null ? today : to;
        from = from == null ? to.minusDays(DEFAULT_DAYS - 1) : from;
        if (from.isAfter(to)) {
            notices.add("The period's start was after its end; they were swapped.");
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        if (from.plusDays(MAX_DAYS - 1).isBefore(to)) {
            from = to.minusDays(MAX_DAYS - 1);
            notices.add("Periods are at most " + MAX_DAYS + " days: it starts on " + from + ".");
        }
        ClaimCategory category = null;
        String word = blankToNull(params.get("category"));
        if (word != null) {
            String name = word.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            category = Arrays.stream(ClaimCategory.values())
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElse(null);
            if (category == null) {
                notices.add("Unknown category \"" + word + "\": all categories are shown.");
            }
        }
        return new DashboardFilter(
                from, to, params.get("process"), category, params.get("country"), params.get("team"), notices);
    }

    public DashboardFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new DashboardFilter(newFrom, newTo, process, category, country, team, List.of());
    }

    /** The same view narrowed to one process. */
    public DashboardFilter withProcess(String newProcess) {
        return new DashboardFilter(from, to, newProcess, category, country, team, List.of());
    }

    /** Whether the chosen process's cases are not claims (RTV cases, counterfeit findings: ADR 0185). */
    public boolean caseProcess() {
        return process != null && !Processes.of(process).claims();
    }

    /** The chosen process as people read it ("Wrong-return RTV"); null for all processes. */
    public Processes.Process chosenProcess() {
        return process == null ? null : Processes.of(process);
    }

    public boolean narrowed() {
        return process != null || category != null || country != null || team != null;
    }

    /** This view's URL parameters. */
    public String toQuery() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", from.toString());
        p.put("to", to.toString());
        p.putAll(dimensions());
        return join(p);
    }

    /**
     * The task list with the same filters (open claims): {@code /tasks?queue=all&...}, plus e.g. {@code sla=breached}.
     */
    public String taskListLink(String... more) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("queue", "all");
        p.put("category", word(category));
        p.put("country", country);
        p.put("team", team);
        for (int i = 0; i + 1 < more.length; i += 2) {
            p.put(more[i], more[i + 1]);
        }
        return "/tasks?" + join(p);
    }

    /**
     * The claim search with the same filters and period, for claims the task list no longer shows (closed ones):
     * {@code /claims?category=...&from=...&to=...&status=accepted}. The search page comes with its own issue; the
     * link format is plain words.
     */
    public String claimSearchLink(String... more) {
        Map<String, String> p = new LinkedHashMap<>(dimensions());
        p.put("from", from.toString());
        p.put("to", to.toString());
        for (int i = 0; i + 1 < more.length; i += 2) {
            p.put(more[i], more[i + 1]);
        }
        return "/claims?" + join(p);
    }

    private Map<String, String> dimensions() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process", process);
        p.put("category", word(category));
        p.put("country", country);
        p.put("team", team);
        return p;
    }

    public static String word(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String join(Map<String, String> p) {
        return p.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static LocalDate date(String value, String name, List<String> notices) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            notices.add("\"" + value + "\" is not a date (yyyy-mm-dd) for " + name + "; the default is used.");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
