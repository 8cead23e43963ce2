package dev.claimdesk.security.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, String> {

    /**
     * Every user that may sign in, locked until the transaction ends: two admins demoting each other at once must not
     * both pass the last-admin check.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.enabled = true")
    List<AppUser> lockEnabled();

    List<AppUser> findAllByOrderByUsername();
}
