package dev.claimdesk.calendar.web;

import dev.claimdesk.calendar.DayKind;
import dev.claimdesk.calendar.internal.CalendarAdministration;
import dev.claimdesk.calendar.internal.CalendarEditException;
import dev.claimdesk.platform.AppClock;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The business calendar's admin page (/admin/** needs the ADMIN role): a year at a glance, and its edits. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

    private static final int FIRST_YEAR = 1970;
    private static final int LAST_YEAR = 2200;

    private final CalendarAdministration administration;
    private final AppClock clock;

    CalendarAdminController(CalendarAdministration administration, AppClock clock) {
        this.administration = administration;
        this.clock = clock;
    }

    @GetMapping
    String year(
            @RequestParam(name = "calendar", required = false) String calendar,
            @RequestParam(name = "year", required = false) Integer year,
            Model model) {
        String calendarId = knownCalendar(calendar);
        int shown = year == null ? LocalDate.now(clock).getYear() : checkYear(year);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DayForm.blank(calendarId, shown));
        }
        return page(model, calendarId, shown);
    }

    /** Marks a date as a holiday or make-up working day; an invalid form shows the page again with its messages. */
    @PostMapping("/days")
    String mark(
            @ModelAttribute("form") DayForm form,
            BindingResult errors,
            Principal admin,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        String calendarId = knownCalendar(form.getCalendar());
        LocalDate date = parseDate(form.getDate(), errors);
        DayKind kind = parseKind(form.getKind(), errors);
        try {
            administration.checkName(form.getName()); // reported together with a wrong date, not after it
        } catch (CalendarEditException rejected) {
            errors.rejectValue(rejected.field(), "rejected", rejected.getMessage());
        }
        if (!errors.hasErrors()) {
            try {
                administration.mark(calendarId, date, kind, form.getName(), admin.getName());
                redirect.addFlashAttribute(
                        "done",
                        date + " is now a " + label(kind) + " ("
                                + form.getName().strip() + ") on calendar " + calendarId + ".");
                return redirectTo(calendarId, date.getYear());
            } catch (CalendarEditException rejected) {
                errors.rejectValue(rejected.field(), "rejected", rejected.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(
                model,
                calendarId,
                date != null
                        ? date.getYear()
                        : checkYear(
                                form.getYear() != null
                                        ? form.getYear()
                                        : LocalDate.now(clock).getYear()));
    }

    /** Removes a date's holiday or make-up working day: the date follows the normal week again. */
    @PostMapping("/days/remove")
    String remove(
            @RequestParam("calendar") String calendar,
            @RequestParam("date") String dateText,
            Principal admin,
            RedirectAttributes redirect) {
        String calendarId = knownCalendar(calendar);
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a date: " + dateText);
        }
        try {
            var removed = administration.remove(calendarId, date, admin.getName());
            redirect.addFlashAttribute(
                    "done", date + " is no longer a " + removed.describe() + ": it follows the normal week again.");
        } catch (CalendarEditException rejected) {
            redirect.addFlashAttribute("failed", rejected.getMessage());
        }
        return redirectTo(calendarId, date.getYear());
    }

    private String page(Model model, String calendarId, int year) {
        model.addAttribute("view", administration.year(calendarId, year));
        model.addAttribute("calendars", administration.calendarIds());
        model.addAttribute("maxNameLength", CalendarAdministration.MAX_NAME_LENGTH);
        return "calendar/admin";
    }

    private static LocalDate parseDate(String text, BindingResult errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue("date", "required", "Enter the date, e.g. 2027-01-01.");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(
                    "date",
                    "invalid",
                    "\"" + text.strip() + "\" is not a date: enter it as YYYY-MM-DD, e.g. 2027-01-01.");
            return null;
        }
    }

    private static DayKind parseKind(String text, BindingResult errors) {
        for (var kind : DayKind.values()) {
            if (kind.isOverride() && kind.name().equals(text)) {
                return kind;
            }
        }
        errors.rejectValue("kind", "invalid", "Choose whether the day is a holiday or a make-up working day.");
        return null;
    }

    private String knownCalendar(String calendar) {
        String id = calendar == null || calendar.isBlank() ? administration.defaultCalendarId() : calendar;
        if (!administration.isKnown(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No calendar " + id);
        }
        return id;
    }

    private static int checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Choose a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return year;
    }

    private static String label(DayKind kind) {
        return kind == DayKind.HOLIDAY ? "holiday" : "make-up working day";
    }

    private static String redirectTo(String calendarId, int year) {
        return "redirect:"
                + UriComponentsBuilder.fromPath("/admin/calendar")
                        .queryParam("calendar", calendarId)
                        .queryParam("year", year)
                        .toUriString();
    }
}
