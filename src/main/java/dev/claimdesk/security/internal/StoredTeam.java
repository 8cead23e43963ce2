package dev.claimdesk.security.internal;

import dev.claimdesk.security.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A team as stored; its id (the queue's candidate group) never changes, its name and calendar may. */
@Entity
@Table(name = "team")
class StoredTeam {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "calendar_id", nullable = false)
    private String calendarId;

    protected StoredTeam() {}

    StoredTeam(String id, String name, String calendarId) {
        this.id = id;
        this.name = name;
        this.calendarId = calendarId;
    }

    void rename(String name) {
        this.name = name;
    }

    void calendar(String calendarId) {
        this.calendarId = calendarId;
    }

    Team view() {
        return new Team(id, name, calendarId);
    }
}
