package dev.claimdesk.security.internal;

import dev.claimdesk.calendar.BusinessCalendars;
import dev.claimdesk.security.Team;
import dev.claimdesk.security.TeamUse;
import dev.claimdesk.security.Teams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The teams as data (/admin/teams): list, create, rename, set the calendar, delete one nobody uses. The id is the
 * queue's candidate group, fixed at creation: the processes and the tasks already stored name it.
 */
@Service
public class TeamAdministration implements Teams {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,49}");
    static final int MAX_NAME = 200;

    private final StoredTeamRepository teams;
    private final AppUserRepository users;
    private final BusinessCalendars calendars;
    private final List<TeamUse> uses;
    private final AdminAudit audit;

    TeamAdministration(
            StoredTeamRepository teams,
            AppUserRepository users,
            BusinessCalendars calendars,
            List<TeamUse> uses,
            AdminAudit audit) {
        this.teams = teams;
        this.users = users;
        this.calendars = calendars;
        this.uses = uses;
        this.audit = audit;
    }

    /**
     * Every page names teams, and teams change a few times a year: the list is kept for a few seconds (ADR 0202). This
     * instance's changes drop it when they commit; another instance's show here within {@link #FRESH}.
     */
    static final Duration FRESH = Duration.ofSeconds(5);

    private record Snapshot(List<Team> teams, long readAt, long generation) {}

    private volatile Snapshot snapshot;
    private final AtomicLong generation = new AtomicLong();

    /** The teams by name, from the last few seconds' read (outside a transaction when kept: no round trip). */
    @Override
    public List<Team> all() {
        Snapshot kept = snapshot;
        long now = System.nanoTime();
        if (kept != null && kept.generation() == generation.get() && now - kept.readAt() < FRESH.toNanos()) {
            return kept.teams();
        }
        long before = generation.get();
        List<Team> read =
                teams.findAllByOrderByName().stream().map(StoredTeam::view).toList();
        // a change committed during the read leaves nothing stale behind: its generation is newer
        snapshot = new Snapshot(read, now, before);
        return read;
    }

    /** Called in every change's transaction: the kept list is dropped now and again when the change commits. */
    private void changing() {
        generation.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }

    /** From the kept list, as every other name on the page: one truth, and no read per name. */
    @Override
    public String nameOf(String teamId) {
        return all().stream()
                .filter(t -> t.id().equals(teamId))
                .map(Team::name)
                .findFirst()
                .orElse(teamId);
    }

    /** Every team by id, for pages that name many. */
    public Map<String, Team> byId() {
        return all().stream().collect(Collectors.toMap(Team::id, Function.identity()));
    }

    /** The team's members' usernames. */
    @Transactional(readOnly = true)
    public List<String> members(String teamId) {
        return users.findAllByOrderByUsername().stream()
                .filter(u -> u.teams().contains(teamId))
                .map(AppUser::username)
                .toList();
    }

    public SortedSet<String> calendarIds() {
        return calendars.ids();
    }

    public String defaultCalendarId() {
        return calendars.defaultCalendar().id();
    }

    @Transactional
    public Team create(String actor, String id, String name, String calendarId) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanId = id == null ? "" : id.strip();
        if (!ID.matcher(cleanId).matches()) {
            errors.put(
                    "id",
                    "Use 2 to 50 lowercase letters, digits or dashes (e.g. returns-desk): it is the queue's key in the"
                            + " processes and cannot change later.");
        } else if (teams.existsById(cleanId)) {
            errors.put("id", "There is already a team with the id " + cleanId + ".");
        }
        String cleanName = checkName(name, null, errors);
        checkCalendar(calendarId, errors);
        if (!errors.isEmpty()) {
            throw new AdminRefusal(errors);
        }
        changing();
        var team = teams.save(new StoredTeam(cleanId, cleanName, calendarId));
        audit.record(actor, AuditRow.Kind.TEAM, cleanId, "created", null, describe(team.view()));
        return team.view();
    }

    /** Renames the team and sets its calendar; returns whether anything changed. */
    @Transactional
    public boolean update(String actor, String id, String name, String calendarId) {
        var team = teams.findById(id).orElseThrow(() -> new UnknownSubject("team", id));
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = checkName(name, id, errors);
        checkCalendar(calendarId, errors);
        if (!errors.isEmpty()) {
            throw new AdminRefusal(errors);
        }
        Team before = team.view();
        changing();
        team.rename(cleanName);
        team.calendar(calendarId);
        Team after = team.view();
        if (before.equals(after)) {
            return false;
        }
        String what = before.name().equals(after.name())
                ? "calendar changed"
                : before.calendarId().equals(after.calendarId()) ? "renamed" : "renamed, calendar changed";
        audit.record(actor, AuditRow.Kind.TEAM, id, what, describe(before), describe(after));
        return true;
    }

    /** Deletes a team nobody uses: no member, and no module's data (open tasks in its queue) names it. */
    @Transactional
    public Team delete(String actor, String id) {
        var team = teams.findById(id).orElseThrow(() -> new UnknownSubject("team", id));
        List<String> reasons = new ArrayList<>();
        List<String> members = members(id);
        if (!members.isEmpty()) {
            reasons.add(members.size() + (members.size() == 1 ? " member (" : " members (") + String.join(", ", members)
                    + ")");
        }
        uses.stream().map(use -> use.inUse(id)).flatMap(Optional::stream).forEach(reasons::add);
        if (!reasons.isEmpty()) {
            throw new AdminRefusal(
                    "delete",
                    "The team " + team.view().name() + " is in use and stays: " + String.join("; ", reasons)
                            + ". Move its members to another team and let its open tasks finish first.");
        }
        changing();
        teams.delete(team);
        audit.record(actor, AuditRow.Kind.TEAM, id, "deleted", describe(team.view()), null);
        return team.view();
    }

    public List<AuditRow> changes() {
        return audit.latest(AuditRow.Kind.TEAM);
    }

    private String checkName(String name, String ownId, Map<String, String> errors) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            errors.put("name", "Enter the team's name, e.g. Returns desk.");
        } else if (clean.length() > MAX_NAME) {
            errors.put("name", "The name is too long: at most " + MAX_NAME + " characters.");
        } else {
            teams.findByName(clean)
                    .filter(other -> !other.view().id().equals(ownId))
                    .ifPresent(other -> errors.put("name", "Another team is already called " + clean + "."));
        }
        return clean;
    }

    private void checkCalendar(String calendarId, Map<String, String> errors) {
        if (calendarId == null || !calendars.ids().contains(calendarId)) {
            errors.put("calendar", "Choose one of the calendars: " + String.join(", ", calendars.ids()) + ".");
        }
    }

    private static String describe(Team team) {
        return team.name() + " · calendar " + team.calendarId();
    }
}
