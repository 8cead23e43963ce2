package dev.claimdesk.rtv;

import static org.awaitility.Awaitility.await;

import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.intake.IntakeRequest;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.support.ReferenceOrderFixture;
import dev.claimdesk.tasks.TaskPage;
import dev.claimdesk.tasks.TaskQuery;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The warehouse staff's and the seller's steps of an RTV case, as the back office and the seller center take them:
 * through the rtv API, the task backend (forms validated) and claim intake.
 */
public record RtvFixtures(RtvCases rtvCases, Tasks tasks, ClaimIntake intake, JdbcTemplate jdbc) {

    public static final Worker WAREHOUSE = new Worker("wang", Set.of(WrongReturnRtv.WAREHOUSE_GROUP), false);
    public static final String SHOP = ReferenceOrderFixture.SHOP;
    public static final String SKU = ReferenceOrderFixture.SKU;
    /** The smallest file that is a PNG by content. */
    public static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };

    /** A returned item of a fresh Lagos Lights order, and the seller's RTV request for it. */
    public RtvCase request() {
        String order = ReferenceOrderFixture.order(jdbc, "RETURNED");
        return rtvCases.request(
                new RtvRequest(SHOP, order, SKU, "The returned parcel is not our product.", "test"), "seller");
    }

    public long instanceOf(RtvCase rtv) {
        return await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> rtvCases.find(rtv.reference()).orElseThrow().processInstanceKey(), k -> k != null);
    }

    public TaskView awaitTask(RtvCase rtv, String elementId) {
        long instance = instanceOf(rtv);
        return await().atMost(ProcessTestHarness.TIMEOUT)
                .until(
                        () -> tasks
                                .search(
                                        TaskQuery.of(TaskQuery.Queue.TEAM).withSubjectReference(rtv.reference()),
                                        WAREHOUSE,
                                        new TaskPage.Request(0, 200))
                                .tasks()
                                .stream()
                                .filter(t -> t.processInstanceKey() == instance
                                        && t.elementId().equals(elementId))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    public TaskView complete(RtvCase rtv, String elementId, Map<String, List<String>> form) {
        TaskView task = awaitTask(rtv, elementId);
        tasks.claim(task.key(), WAREHOUSE);
        return tasks.complete(task.key(), form, WAREHOUSE);
    }

    public void schedulePickup(RtvCase rtv, LocalDate date) {
        complete(
                rtv,
                "Task_SchedulePickup",
                Map.of(
                        "pickupDate", List.of(date.toString()),
                        "pickupPlace", List.of("Lagos SEKO station, returns counter 2")));
    }

    /** The seller collects the goods on {@code day} at 10:30; with an appeal, the staff upload a photo first. */
    public void recordPickup(RtvCase rtv, LocalDate day, String appealReference) {
        var form = new LinkedHashMap<String, List<String>>();
        form.put("collectedOn", List.of(day.toString()));
        form.put("collectedTime", List.of("10:30"));
        awaitTask(rtv, "Task_RecordPickup");
        if (appealReference != null) {
            rtvCases.addPhoto(rtv.reference(), "parcel.png", PNG, WAREHOUSE.username());
            form.put("appealed", List.of("true"));
            form.put("appealReference", List.of(appealReference));
            form.put("appealNote", List.of("The parcel holds a blue kettle; the order was a lamp."));
        }
        complete(rtv, "Task_RecordPickup", form);
    }

    /** The seller's wrong-return claim for the case, with the appeal reference and a photo. */
    public IntakeRequest claim(RtvCase rtv, String appealReference, LocalDate pickup) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("orderNumber", List.of(rtv.orderNumber()));
        fields.put("sku", List.of(rtv.sku()));
        fields.put("rtvRequest", List.of(rtv.reference()));
        fields.put("pickupDate", List.of(pickup.toString()));
        fields.put("appealReference", List.of(appealReference));
        fields.put("comment", List.of("The returned parcel held a kettle instead of our lamp."));
        return new IntakeRequest(
                "WRONG_PRODUCT_RETURNED",
                SHOP,
                "NG",
                fields,
                List.of(new IntakeRequest.Upload("PHOTO", "kettle.png", "image/png", PNG)));
    }

    /**
     * An on-site appeal as the warehouse registers it, written straight into the rtv tables, for intake tests that
     * need one without running the RTV process; returns its reference.
     */
    public static String registeredAppeal(
            JdbcTemplate jdbc,
            String shop,
            String orderNumber,
            String sku,
            java.time.Instant collectedAt,
            java.time.Instant windowClosesAt) {
        String appeal = appeal();
        var utc = java.time.ZoneOffset.UTC;
        jdbc.update(
                "INSERT INTO rtv_case (reference, shop, seller_email, country, order_number, sku, status, requested_at,"
                        + " collected_at, appealed, appeal_reference, claim_window_closes_at)"
                        + " VALUES (?, ?, 'seller@shop.example', 'NG', ?, ?, 'APPEAL_REGISTERED', ?, ?, TRUE, ?, ?)",
                "RTV-T-" + appeal.substring(4),
                shop,
                orderNumber,
                sku,
                java.time.LocalDateTime.ofInstant(collectedAt, utc),
                java.time.LocalDateTime.ofInstant(collectedAt, utc),
                appeal,
                java.time.LocalDateTime.ofInstant(windowClosesAt, utc));
        return appeal;
    }

    public static String appeal() {
        return "APL-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
