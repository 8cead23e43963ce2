package dev.claimdesk.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After an action the page goes back where it came from, but never to another site. */
class SignedInTest {

    @Test
    void onlyPathsOfThisApplicationAreReturnedTo() {
        assertThat(SignedIn.safeReturn("/tasks?queue=team&q=CLM", "/tasks")).isEqualTo("/tasks?queue=team&q=CLM");
        assertThat(SignedIn.safeReturn("/claims/CLM-2026-000001", "/tasks")).isEqualTo("/claims/CLM-2026-000001");
        assertThat(SignedIn.safeReturn(null, "/tasks")).isEqualTo("/tasks");
        assertThat(SignedIn.safeReturn("https://evil.example/", "/tasks")).isEqualTo("/tasks");
        assertThat(SignedIn.safeReturn("//evil.example/", "/tasks")).isEqualTo("/tasks");
        assertThat(SignedIn.safeReturn("/\\evil.example", "/tasks")).isEqualTo("/tasks");
        assertThat(SignedIn.safeReturn("/tasks\r\nSet-Cookie: x=1", "/tasks")).isEqualTo("/tasks");
    }
}
