package dev.claimdesk.security.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredTeamRepository extends JpaRepository<StoredTeam, String> {

    List<StoredTeam> findAllByOrderByName();

    Optional<StoredTeam> findByName(String name);
}
