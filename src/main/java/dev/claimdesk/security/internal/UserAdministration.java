package dev.claimdesk.security.internal;

import dev.claimdesk.security.Role;
import dev.claimdesk.security.Team;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does to users (/admin/users): create, edit name, roles and teams, disable or enable, reset a password.
 * Every change is checked first (the last active admin stays one, nobody locks themselves out) and written to the
 * admin audit log in the same transaction.
 */
@Service
public class UserAdministration {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 100;
    static final int MAX_NAME = 200;

    private final AppUserRepository users;
    private final TeamAdministration teams;
    private final PasswordEncoder passwordEncoder;
    private final AdminAudit audit;

    UserAdministration(
            AppUserRepository users, TeamAdministration teams, PasswordEncoder passwordEncoder, AdminAudit audit) {
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<UserRow> users() {
        Map<String, Team> byId = teams.byId();
        return users.findAllByOrderByUsername().stream().map(u -> row(u, byId)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserRow> user(String username) {
        return users.findById(username).map(u -> row(u, teams.byId()));
    }

    @Transactional
    public void create(
            String actor, String username, String displayName, String password, Set<Role> roles, Set<String> teamIds) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanUsername = username == null ? "" : username.strip();
        if (!USERNAME.matcher(cleanUsername).matches()) {
            errors.put(
                    "username",
                    "Use 2 to 50 lowercase letters, digits, dots, dashes or underscores, starting with a letter or"
                            + " digit (e.g. li.na).");
        } else if (users.existsById(cleanUsername)) {
            errors.put("username", "There is already a user " + cleanUsername + ": open it to change it.");
        }
        String cleanName = checkProfile(displayName, roles, teamIds, errors);
        checkPassword(password, errors);
        if (!errors.isEmpty()) {
            throw new AdminRefusal(errors);
        }
        var user = new AppUser(cleanUsername);
        user.update(cleanName, passwordEncoder.encode(password), roles, teamIds);
        users.save(user);
        audit.record(actor, AuditRow.Kind.USER, cleanUsername, "created", null, describe(user));
    }

    /** Saves the user's name, roles, teams and whether they may sign in; returns whether anything changed. */
    @Transactional
    public boolean update(
            String actor, String username, String displayName, Set<Role> roles, Set<String> teamIds, boolean enabled) {
        // locked first, so that two admins demoting each other at once cannot both pass the last-admin check
        List<AppUser> active = users.lockEnabled();
        var user = users.findById(username).orElseThrow(() -> new UnknownSubject("user", username));
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = checkProfile(displayName, roles, teamIds, errors);
        boolean losesAdmin = user.activeAdmin() && (!enabled || !roles.contains(Role.ADMIN));
        if (losesAdmin && actor.equals(username)) {
            errors.put(
                    enabled ? "roles" : "enabled",
                    enabled
                            ? "You cannot take away your own Admin role: another admin can."
                            : "You cannot disable your own account: another admin can.");
        } else if (losesAdmin && active.stream().filter(AppUser::activeAdmin).count() <= 1) {
            errors.put(
                    enabled ? "roles" : "enabled",
                    username + " is the last active admin and stays one: make another user an admin first, so that"
                            + " someone can still manage users.");
        }
        if (!errors.isEmpty()) {
            throw new AdminRefusal(errors);
        }
        Map<String, String> before = fields(user);
        user.edit(cleanName, roles, teamIds);
        user.enabled(enabled);
        Map<String, String> after = fields(user);
        List<String> changed = before.keySet().stream()
                .filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .toList();
        if (changed.isEmpty()) {
            return false;
        }
        audit.record(
                actor,
                AuditRow.Kind.USER,
                username,
                String.join(", ", changed) + " changed",
                only(before, changed),
                only(after, changed));
        return true;
    }

    @Transactional
    public void resetPassword(String actor, String username, String password) {
        var user = users.findById(username).orElseThrow(() -> new UnknownSubject("user", username));
        Map<String, String> errors = new LinkedHashMap<>();
        checkPassword(password, errors);
        if (!errors.isEmpty()) {
            throw new AdminRefusal(errors);
        }
        user.passwordHash(passwordEncoder.encode(password));
        // the audit says that it happened, never the password or its hash
        audit.record(actor, AuditRow.Kind.USER, username, "password reset", null, null);
    }

    public List<AuditRow> changes() {
        return audit.latest(AuditRow.Kind.USER);
    }

    public List<AuditRow> changesOf(String username) {
        return audit.of(AuditRow.Kind.USER, username);
    }

    private String checkProfile(String displayName, Set<Role> roles, Set<String> teamIds, Map<String, String> errors) {
        String clean = displayName == null ? "" : displayName.strip();
        if (clean.isEmpty()) {
            errors.put("displayName", "Enter the person's name, e.g. Li Na.");
        } else if (clean.length() > MAX_NAME) {
            errors.put("displayName", "The name is too long: at most " + MAX_NAME + " characters.");
        }
        if (roles.isEmpty()) {
            errors.put("roles", "Choose at least one role.");
        }
        Map<String, Team> known = teams.byId();
        List<String> unknown =
                teamIds.stream().filter(t -> !known.containsKey(t)).sorted().toList();
        if (!unknown.isEmpty()) {
            errors.put("teams", "No team " + String.join(", ", unknown) + ": create it on the Teams page first.");
        }
        return clean;
    }

    private static void checkPassword(String password, Map<String, String> errors) {
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.put("password", "The password needs at least " + MIN_PASSWORD + " characters.");
        } else if (password.length() > MAX_PASSWORD) {
            errors.put("password", "The password is too long: at most " + MAX_PASSWORD + " characters.");
        }
    }

    private UserRow row(AppUser user, Map<String, Team> byId) {
        return new UserRow(
                user.username(),
                user.displayName(),
                user.roles().stream().sorted().toList(),
                user.teams().stream()
                        .map(id -> byId.getOrDefault(id, new Team(id, id, "")))
                        .sorted(Comparator.comparing(Team::name))
                        .toList(),
                user.enabled());
    }

    private Map<String, String> fields(AppUser user) {
        Map<String, Team> byId = teams.byId();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("name", user.displayName());
        out.put("roles", user.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")));
        out.put(
                "teams",
                user.teams().stream()
                        .map(id -> byId.containsKey(id) ? byId.get(id).name() : id)
                        .sorted()
                        .collect(Collectors.joining(", ")));
        out.put("status", user.enabled() ? "active" : "disabled");
        return out;
    }

    private String describe(AppUser user) {
        return only(fields(user), new ArrayList<>(fields(user).keySet()));
    }

    private static String only(Map<String, String> fields, List<String> keys) {
        return keys.stream()
                .map(k -> k + ": " + (fields.get(k).isEmpty() ? "none" : fields.get(k)))
                .collect(Collectors.joining(" · "));
    }
}
