package dev.claimdesk.rtv.internal;

import dev.claimdesk.rtv.WrongReturnRtv;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The goods were collected: record when, and the on-site appeal if the seller made one. With an appeal, the claim
 * window (N working days after pickup) and the reminder one working day before it become the process's timers.
 */
@Component
public class RegisterPickupWorker {

    private final RtvService rtv;

    RegisterPickupWorker(RtvService rtv) {
        this.rtv = rtv;
    }

    @JobWorker(
            type = WrongReturnRtv.JOB_REGISTER_PICKUP,
            fetchVariables = {
                WrongReturnRtv.VAR_RTV_REFERENCE,
                WrongReturnRtv.VAR_COLLECTED_ON,
                WrongReturnRtv.VAR_COLLECTED_TIME,
                WrongReturnRtv.VAR_APPEALED,
                WrongReturnRtv.VAR_APPEAL_REFERENCE,
                WrongReturnRtv.VAR_APPEAL_NOTE,
                RtvJobs.COMPLETED_BY
            })
    public Map<String, Object> registerPickup(
            ActivatedJob job,
            @Variable(name = WrongReturnRtv.VAR_RTV_REFERENCE) String reference,
            @Variable(name = WrongReturnRtv.VAR_COLLECTED_ON) String collectedOn,
            @Variable(name = WrongReturnRtv.VAR_COLLECTED_TIME) String collectedTime,
            @Variable(name = WrongReturnRtv.VAR_APPEALED) Boolean appealed,
            @Variable(name = WrongReturnRtv.VAR_APPEAL_REFERENCE) String appealReference,
            @Variable(name = WrongReturnRtv.VAR_APPEAL_NOTE) String appealNote,
            @Variable(name = RtvJobs.COMPLETED_BY) String completedBy) {
        String ref = RtvJobs.required(reference, WrongReturnRtv.VAR_RTV_REFERENCE);
        var calendar = rtv.calendar();
        Instant collectedAt = LocalDate.parse(RtvJobs.required(collectedOn, WrongReturnRtv.VAR_COLLECTED_ON))
                .atTime(StringUtils.hasText(collectedTime) ? LocalTime.parse(collectedTime.strip()) : LocalTime.NOON)
                .atZone(calendar.zone())
                .toInstant();
        boolean appeal = Boolean.TRUE.equals(appealed);
        // The staff write the reference on the appeal slip; without one, the case's own reference stands in for it.
        String appealRef = StringUtils.hasText(appealReference) ? appealReference.strip() : "APL-" + ref;
        var window = rtv.pickedUp(
                ref,
                collectedAt,
                appeal,
                appealRef,
                StringUtils.hasText(appealNote) ? appealNote.strip() : null,
                RtvJobs.actor(completedBy),
                job.getKey());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(WrongReturnRtv.VAR_APPEALED, appeal);
        window.ifPresent(w -> {
            out.put(WrongReturnRtv.VAR_APPEAL_REFERENCE, appealRef);
            out.put(WrongReturnRtv.VAR_CLAIM_WINDOW_CLOSES_AT, calendar.timerDate(w.closesAt()));
            out.put(WrongReturnRtv.VAR_REMINDER_AT, calendar.timerDate(w.reminderAt()));
        });
        return out;
    }
}
