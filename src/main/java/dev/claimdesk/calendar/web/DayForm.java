package dev.claimdesk.calendar.web;

import dev.claimdesk.calendar.DayKind;

/**
 * The admin page's add-or-change form. Every field is text so that a wrong value comes back as a message next to its
 * field instead of a conversion error.
 */
public class DayForm {

    private String calendar;
    /** The year on screen when the form was sent: shown again when the date is unusable. */
    private Integer year;

    private String date;
    private String kind;
    private String name;

    static DayForm blank(String calendar, int year) {
        var form = new DayForm();
        form.calendar = calendar;
        form.year = year;
        form.kind = DayKind.HOLIDAY.name();
        return form;
    }

    public String getCalendar() {
        return calendar;
    }

    public void setCalendar(String calendar) {
        this.calendar = calendar;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
