package dev.claimdesk.security.internal;

import dev.claimdesk.security.Authorities;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users as Spring Security reads them at login (and, through FreshAuthorities, at every request). */
@Service
class UserAccounts implements Users, UserDetailsService {

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(AppUserRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void saveUser(String username, String displayName, String rawPassword, Set<Role> roles, Set<String> teams) {
        var user = repository.findById(username).orElseGet(() -> new AppUser(username));
        user.update(displayName, passwordEncoder.encode(rawPassword), roles, teams);
        repository.save(user);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return repository.existsById(username);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return current(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The user as stored now: roles, teams and whether they may sign in. */
    @Transactional(readOnly = true)
    Optional<UserDetails> current(String username) {
        return repository.findById(username).map(UserAccounts::details);
    }

    private static UserDetails details(AppUser user) {
        var authorities = Stream.concat(
                        user.roles().stream().map(Role::authority),
                        user.teams().stream().map(team -> Authorities.TEAM_PREFIX + team))
                .map(SimpleGrantedAuthority::new)
                .toList();
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .authorities(authorities)
                .build();
    }
}
