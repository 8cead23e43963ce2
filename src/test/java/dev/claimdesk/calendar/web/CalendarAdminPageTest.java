package dev.claimdesk.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.claimdesk.calendar.BusinessCalendars;
import dev.claimdesk.calendar.DayKind;
import dev.claimdesk.calendar.internal.CalendarAdministration;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.ClaimDeskTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The admin page through the whole security chain (MockMvc on the running application's context, and once over real
 * HTTP with a form login): ADMIN only, CSRF, the year grid, adding and removing days, and messages for wrong input. Edits go to a calendar of the test's own.
 */
@ClaimDeskTest
class CalendarAdminPageTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2031, 1, 8);

    @Autowired
    WebApplicationContext context;

    @Autowired
    CalendarAdministration administration;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    Users users;

    @LocalServerPort
    int port;

    MockMvc mvc;
    String calendarId;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        // a calendar of this test's own, started the way an admin starts one: by adding a day to it
        calendarId = "p" + UUID.randomUUID().toString().substring(0, 8);
        administration.mark(calendarId, LocalDate.of(2030, 1, 1), DayKind.HOLIDAY, "New Year's Day", "setup");
    }

    @Test
    void onlyAdminsSeeOrChangeTheCalendar() throws Exception {
        mvc.perform(get("/admin/calendar")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/admin/calendar").with(user("agent").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar").with(user("manager").roles("MANAGER", "SUPERVISOR")))
                .andExpect(status().isForbidden());
        mvc.perform(addDay(WEDNESDAY.toString(), "HOLIDAY", "Sneaky day")
                        .with(user("agent").roles("AGENT"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(addDay(WEDNESDAY.toString(), "HOLIDAY", "No token")
                        .with(admin())
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());

        assertThat(calendars.calendar(calendarId).isWorkingDay(WEDNESDAY)).isTrue();
        mvc.perform(get("/").with(admin())).andExpect(content().string(containsString("href=\"/admin/calendar\"")));
        mvc.perform(get("/").with(user("agent").roles("AGENT")))
                .andExpect(content().string(not(containsString("href=\"/admin/calendar\""))));
    }

    @Test
    void anAdminSeesTheYearGridWithHolidaysMakeUpDaysAndALegend() throws Exception {
        mvc.perform(get("/admin/calendar")
                        .param("calendar", "cn")
                        .param("year", "2026")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"month-12\""),
                                containsString("<td class=\"cd-day cd-holiday\" data-date=\"2026-10-01\""
                                        + " title=\"National Day (holiday)\">1</td>"),
                                containsString("<td class=\"cd-day cd-makeup\" data-date=\"2026-02-28\""
                                        + " title=\"Spring Festival (make-up working day)\">28</td>"),
                                containsString("<td class=\"cd-day cd-weekend\" data-date=\"2026-03-07\">7</td>"),
                                containsString("<td class=\"cd-day cd-working\" data-date=\"2026-03-09\">9</td>"),
                                containsString("Mid-Autumn Festival"),
                                containsString("Make-up working day (weekend worked)"),
                                containsString("cn-2026.json"),
                                containsString("<strong>248</strong> working days"),
                                containsString("name=\"_csrf\""))));
    }

    @Test
    void aYearWithoutANoticeSaysOnlyWeekendsApply() throws Exception {
        mvc.perform(get("/admin/calendar")
                        .param("calendar", calendarId)
                        .param("year", "2027")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("No notice loaded for 2027 yet: only weekends apply."),
                                containsString("Add the holidays from the State Council notice when it is published"),
                                containsString("<strong>0</strong> <span>holidays</span>"))));
        mvc.perform(get("/admin/calendar").param("calendar", "nowhere").with(admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdminAddsAHolidayAndRemovesIt() throws Exception {
        mvc.perform(addDay(WEDNESDAY.toString(), "HOLIDAY", "Office move")
                        .with(admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/calendar?calendar=" + calendarId + "&year=2031"))
                .andExpect(flash().attribute(
                                "done", "2031-01-08 is now a holiday (Office move) on calendar " + calendarId + "."));

        var calendar = calendars.calendar(calendarId);
        assertThat(calendar.isWorkingDay(WEDNESDAY)).isFalse();
        assertThat(calendar.nextWorkingDay(WEDNESDAY.minusDays(1))).isEqualTo(WEDNESDAY.plusDays(1));
        mvc.perform(get("/admin/calendar")
                        .param("calendar", calendarId)
                        .param("year", "2031")
                        .with(admin()))
                .andExpect(content()
                        .string(allOf(
                                containsString("title=\"Office move (holiday)\""),
                                containsString("No notice loaded for <span>2031</span>: the days below were added"),
                                containsString("marked holiday (Office move)"),
                                containsString("by ada, "))));

        mvc.perform(post("/admin/calendar/days/remove")
                        .param("calendar", calendarId)
                        .param("date", WEDNESDAY.toString())
                        .with(admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/calendar?calendar=" + calendarId + "&year=2031"))
                .andExpect(flash().attribute(
                                "done",
                                "2031-01-08 is no longer a holiday (Office move): it follows the normal week again."));
        assertThat(calendar.isWorkingDay(WEDNESDAY)).isTrue();

        mvc.perform(post("/admin/calendar/days/remove")
                        .param("calendar", calendarId)
                        .param("date", WEDNESDAY.toString())
                        .with(admin())
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "failed",
                                "2031-01-08 is neither a holiday nor a make-up working day on calendar " + calendarId
                                        + ": nothing to remove."));
    }

    @Test
    void wrongInputComesBackWithAMessageNextToItsField() throws Exception {
        mvc.perform(addDay("2031-02-30", "HOLIDAY", "Leap day").with(admin()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("The day was not saved"),
                                containsString("&quot;2031-02-30&quot; is not a date: enter it as YYYY-MM-DD"),
                                containsString("value=\"Leap day\""))));
        mvc.perform(addDay("31/01/2031", "HOLIDAY", "").with(admin()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("&quot;31/01/2031&quot; is not a date"),
                                containsString("Give the day a name"))));
        mvc.perform(addDay("", "HOLIDAY", "Someday").with(admin()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the date, e.g. 2027-01-01.")));
        mvc.perform(addDay(WEDNESDAY.toString(), "HOLIDAY", "  ").with(admin()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give the day a name, e.g. &quot;Spring Festival&quot;.")));
        mvc.perform(addDay(WEDNESDAY.toString(), "MAKE_UP_WORKING_DAY", "Swap")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString("2031-01-08 is a Wednesday, already a working day: a make-up working"
                                + " day falls on a Saturday or Sunday.")));
        mvc.perform(addDay(WEDNESDAY.toString(), "WEEKEND", "Rest")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose whether the day is a holiday or a make-up")));
        mvc.perform(addDay(WEDNESDAY.toString(), "HOLIDAY", "<script>alert(1)</script>")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/calendar")
                        .param("calendar", calendarId)
                        .param("year", "2031")
                        .with(admin()))
                .andExpect(content()
                        .string(allOf(
                                containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                                not(containsString("<script>alert(1)</script>")))));
    }

    @Test
    void overRealHttpTheFormsOwnCsrfTokenSavesTheDay() throws Exception {
        users.saveUser("cal-admin", "Calendar Admin", "admin-pass", Set.of(Role.ADMIN), Set.of());
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        send(http, "/login", "username=cal-admin&password=admin-pass&_csrf=" + csrfToken(login.body()));
        String page = http.send(
                        HttpRequest.newBuilder(uri("/admin/calendar?calendar=" + calendarId + "&year=2031"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        var saved = send(
                http,
                "/admin/calendar/days",
                "calendar=" + calendarId + "&year=2031&date=2031-01-09&kind=HOLIDAY&name=Moving+day&_csrf="
                        + csrfToken(page));
        var withoutToken =
                send(http, "/admin/calendar/days", "calendar=" + calendarId + "&date=2031-01-10&kind=HOLIDAY&name=x");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(
                        l -> assertThat(l).endsWith("/admin/calendar?calendar=" + calendarId + "&year=2031"));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        var calendar = calendars.calendar(calendarId);
        assertThat(calendar.day(LocalDate.of(2031, 1, 9)).name()).isEqualTo("Moving day");
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 10))).isTrue();
    }

    private HttpResponse<String> send(HttpClient http, String path, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrfToken(String html) {
        var m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the page's forms carry a CSRF token").isTrue();
        return m.group(1);
    }

    private MockHttpServletRequestBuilder addDay(String date, String kind, String name) {
        return post("/admin/calendar/days")
                .param("calendar", calendarId)
                .param("year", "2031")
                .param("date", date)
                .param("kind", kind)
                .param("name", name);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user("ada").roles("ADMIN", "SUPERVISOR", "MANAGER");
    }
}
