package dev.claimdesk.rtv.internal;

import dev.claimdesk.rtv.WrongReturnRtv;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The warehouse scheduled the pickup: record date and place, and set the end of the pickup window for its timer. */
@Component
public class RecordPickupScheduledWorker {

    private final RtvService rtv;

    RecordPickupScheduledWorker(RtvService rtv) {
        this.rtv = rtv;
    }

    @JobWorker(
            type = WrongReturnRtv.JOB_RECORD_PICKUP_SCHEDULED,
            fetchVariables = {
                WrongReturnRtv.VAR_RTV_REFERENCE,
                WrongReturnRtv.VAR_PICKUP_DATE,
                WrongReturnRtv.VAR_PICKUP_PLACE,
                RtvJobs.COMPLETED_BY
            })
    public Map<String, Object> recordPickupScheduled(
            ActivatedJob job,
            @Variable(name = WrongReturnRtv.VAR_RTV_REFERENCE) String reference,
            @Variable(name = WrongReturnRtv.VAR_PICKUP_DATE) String pickupDate,
            @Variable(name = WrongReturnRtv.VAR_PICKUP_PLACE) String pickupPlace,
            @Variable(name = RtvJobs.COMPLETED_BY) String completedBy) {
        Instant dueAt = rtv.pickupScheduled(
                RtvJobs.required(reference, WrongReturnRtv.VAR_RTV_REFERENCE),
                LocalDate.parse(RtvJobs.required(pickupDate, WrongReturnRtv.VAR_PICKUP_DATE)),
                RtvJobs.required(pickupPlace, WrongReturnRtv.VAR_PICKUP_PLACE),
                RtvJobs.actor(completedBy),
                job.getKey());
        return Map.of(WrongReturnRtv.VAR_PICKUP_DUE_AT, rtv.calendar().timerDate(dueAt));
    }
}
