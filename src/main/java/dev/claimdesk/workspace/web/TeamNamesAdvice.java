package dev.claimdesk.workspace.web;

import dev.claimdesk.workspace.internal.TeamNames;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every workspace page may name teams: their names are read once per request (one small table), not per row. */
@ControllerAdvice(basePackageClasses = TeamNamesAdvice.class)
class TeamNamesAdvice {

    private final TeamNames teamNames;

    TeamNamesAdvice(TeamNames teamNames) {
        this.teamNames = teamNames;
    }

    @ModelAttribute("teamNames")
    TeamNames.Lookup teamNames() {
        return teamNames.forPage();
    }
}
