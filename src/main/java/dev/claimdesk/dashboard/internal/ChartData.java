package dev.claimdesk.dashboard.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The page's figures in the shape dashboard.js charts them (the same numbers as its tables). */
public final class ChartData {

    private ChartData() {}

    public static Map<String, Object> of(DashboardView view) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put(
                "days",
                Map.of(
                        "labels",
                                view.days().stream()
                                        .map(d -> d.day().toString())
                                        .toList(),
                        "opened",
                                view.days().stream()
                                        .map(DashboardView.DayCount::opened)
                                        .toList(),
                        "closed",
                                view.days().stream()
                                        .map(DashboardView.DayCount::closed)
                                        .toList()));
        var backlog = view.backlog();
        List<List<Long>> byQueue = new ArrayList<>();
        for (int age = 0; age < backlog.ages().size(); age++) {
            int a = age;
            byQueue.add(backlog.queues().stream().map(q -> q.byAge().get(a)).toList());
        }
        charts.put(
                "backlog",
                Map.of(
                        "ages", backlog.ages(),
                        "queues",
                                backlog.queues().stream()
                                        .map(q -> CsvExport.teamLabel(q.team()))
                                        .toList(),
                        "byQueue", byQueue));
        boolean cases = view.filter().caseProcess();
        charts.put(
                "sla",
                cases
                        ? List.of(view.deadlines().met(), view.deadlines().missed())
                        : List.of(view.sla().onTime(), view.sla().late()));
        charts.put("slaLabels", cases ? List.of("Kept", "Missed") : List.of("On time", "Late"));
        var r = view.replies();
        charts.put("replies", List.of(r.asked(), r.reminded(), r.replied(), r.autoClosed()));
        var d = view.durations();
        charts.put(
                "durations",
                Map.of(
                        "p50", nullsAsZero(d.firstResponseP50(), d.resolutionP50()),
                        "p90", nullsAsZero(d.firstResponseP90(), d.resolutionP90())));
        charts.put(
                "outcomes",
                view.outcomeRows().stream().map(DashboardView.OutcomeRow::count).toList());
        charts.put(
                "outcomeLabels",
                view.outcomeRows().stream().map(DashboardView.OutcomeRow::label).toList());
        charts.put(
                "teams",
                Map.of(
                        "labels",
                                view.teams().stream()
                                        .map(t -> CsvExport.teamLabel(t.team()))
                                        .toList(),
                        "done",
                                view.teams().stream()
                                        .map(DashboardView.HandlingRow::tasksDone)
                                        .toList(),
                        "late",
                                view.teams().stream()
                                        .map(DashboardView.HandlingRow::late)
                                        .toList()));
        return charts;
    }

    private static List<Double> nullsAsZero(Double... values) {
        List<Double> out = new ArrayList<>();
        for (Double v : values) {
            out.add(v == null ? 0.0 : v);
        }
        return out;
    }
}
