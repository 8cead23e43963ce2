package dev.claimdesk.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.calendar.BusinessCalendars;
import dev.claimdesk.calendar.DayKind;
import dev.claimdesk.support.ClaimDeskTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notice files are applied once, a new year's file when it appears, a revised file again; a later notice revises an
 * earlier one's December, and an admin's edit is never overwritten. Each test uses a calendar of its own.
 */
@ClaimDeskTest
class NoticeLoaderTest {

    @Autowired
    NoticeLoader loader;

    @Autowired
    CalendarStore store;

    @Autowired
    CalendarAdministration administration;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTeamCalendarWasLoadedAtStartupAndLoadingAgainChangesNothing() {
        assertThat(store.notice("cn", 2025))
                .hasValueSatisfying(n -> assertThat(n.dayCount()).isEqualTo(33));
        assertThat(store.notice("cn", 2026))
                .hasValueSatisfying(n -> assertThat(n.dayCount()).isEqualTo(39));
        var national = store.day("cn", LocalDate.of(2025, 10, 1)).orElseThrow();
        assertThat(national.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(national.name()).isEqualTo("National Day, Mid-Autumn Festival");
        assertThat(national.source()).isEqualTo("cn-2025.json");
        int rows = rows("cn");

        var outcomes = loader.loadConfigured(); // what the next start does

        assertThat(outcomes)
                .containsEntry("cn-2025.json", NoticeLoader.Outcome.UNCHANGED)
                .containsEntry("cn-2026.json", NoticeLoader.Outcome.UNCHANGED);
        assertThat(rows("cn")).isEqualTo(rows);
        assertThat(store.day("cn", LocalDate.of(2025, 10, 1))).contains(national);
    }

    @Test
    void aNewYearsNoticeLoadsLaterAndRevisesTheDecemberBeforeItButNeverAnAdminsEdit() {
        String id = freshCalendarId();
        var notice2030 = notice(id, 2030, """
                {"name": "国庆节", "date": "2030-10-01", "isOffDay": true},
                {"name": "国庆节", "date": "2030-10-02", "isOffDay": true},
                {"name": "国庆节", "date": "2030-10-03", "isOffDay": true},
                {"name": "国庆节", "date": "2030-09-29", "isOffDay": false},
                {"name": "Year-end day", "date": "2030-12-31", "isOffDay": true}
                """);

        assertThat(loader.load(List.of(notice2030))).containsEntry(id + "-2030.json", NoticeLoader.Outcome.LOADED);
        var calendar = calendars.calendar(id);
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 9, 29)))
                .as("make-up Sunday")
                .isTrue();
        assertThat(rows(id)).isEqualTo(5);

        // an admin removes one notice day and adds another day
        administration.remove(id, LocalDate.of(2030, 10, 3), "ada");
        administration.mark(id, LocalDate.of(2030, 10, 8), DayKind.HOLIDAY, "Team day", "ada");

        // a restart: the same file changes nothing, and the admin's edits stay
        assertThat(loader.load(List.of(notice2030))).containsEntry(id + "-2030.json", NoticeLoader.Outcome.UNCHANGED);
        assertThat(store.day(id, LocalDate.of(2030, 10, 3))).isEmpty();
        assertThat(store.day(id, LocalDate.of(2030, 10, 8)).orElseThrow().name())
                .isEqualTo("Team day");

        // the 2031 notice arrives later: it is loaded and its New Year holiday revises 31 December 2030
        var notice2031 = notice(id, 2031, """
                {"name": "元旦", "date": "2030-12-31", "isOffDay": true},
                {"name": "元旦", "date": "2031-01-01", "isOffDay": true}
                """);
        assertThat(loader.load(List.of(notice2030, notice2031)))
                .containsEntry(id + "-2030.json", NoticeLoader.Outcome.UNCHANGED)
                .containsEntry(id + "-2031.json", NoticeLoader.Outcome.LOADED);
        var newYearsEve = store.day(id, LocalDate.of(2030, 12, 31)).orElseThrow();
        assertThat(newYearsEve.name()).isEqualTo("New Year's Day");
        assertThat(newYearsEve.source()).isEqualTo(id + "-2031.json");

        // a corrected 2030 file: applied again, but neither over the 2031 notice nor over the admin's edits
        var corrected2030 = notice(id, 2030, """
                {"name": "国庆节", "date": "2030-10-01", "isOffDay": true},
                {"name": "国庆节", "date": "2030-10-03", "isOffDay": true},
                {"name": "国庆节", "date": "2030-10-04", "isOffDay": true},
                {"name": "国庆节", "date": "2030-10-08", "isOffDay": true},
                {"name": "Year-end day", "date": "2030-12-31", "isOffDay": true}
                """);
        assertThat(loader.load(List.of(corrected2030))).containsEntry(id + "-2030.json", NoticeLoader.Outcome.REVISED);
        assertThat(store.day(id, LocalDate.of(2030, 10, 2)))
                .as("no longer in the notice")
                .isEmpty();
        assertThat(store.day(id, LocalDate.of(2030, 10, 4)))
                .as("new in the notice")
                .isPresent();
        assertThat(store.day(id, LocalDate.of(2030, 9, 29)))
                .as("dropped from the corrected notice")
                .isEmpty();
        assertThat(store.day(id, LocalDate.of(2030, 10, 3)))
                .as("removed by an admin")
                .isEmpty();
        assertThat(store.day(id, LocalDate.of(2030, 10, 8)).orElseThrow().name())
                .isEqualTo("Team day");
        assertThat(store.day(id, LocalDate.of(2030, 12, 31)).orElseThrow().source())
                .isEqualTo(id + "-2031.json");
        assertThat(store.notice(id, 2030).orElseThrow().dayCount()).isEqualTo(5);
    }

    @Test
    void aBrokenNoticeFileStopsTheLoadWithItsName() {
        String id = freshCalendarId();
        assertThatThrownBy(() -> loader.load(List.of(file(id + "-2030.json", "{\"year\": 2029, \"days\": []}"))))
                .hasMessageContaining(id + "-2030.json")
                .hasMessageContaining("the file name says 2030");
        assertThatThrownBy(() -> loader.load(List.of(file("holidays.json", "{}"))))
                .hasMessageContaining("<calendar>-<year>.json");
        assertThat(store.notice(id, 2030)).isEmpty();
    }

    @Test
    void officialNamesBecomeEnglish() {
        assertThat(NoticeFile.englishName("国庆节、中秋节")).isEqualTo("National Day, Mid-Autumn Festival");
        assertThat(NoticeFile.englishName("Founders' Day")).isEqualTo("Founders' Day");
    }

    private int rows(String calendarId) {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_day WHERE calendar_id = ?")
                .param(calendarId)
                .query(Integer.class)
                .single();
    }

    static String freshCalendarId() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Resource notice(String calendarId, int year, String days) {
        return file(
                calendarId + "-" + year + ".json",
                "{\"year\": %d, \"papers\": [], \"days\": [%s]}".formatted(year, days));
    }

    static Resource file(String name, String content) {
        return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8), name) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
