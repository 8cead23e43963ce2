package dev.claimdesk.mail;

import dev.claimdesk.platform.EngineTime;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.support.ProcessTestHarness;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import io.camunda.zeebe.protocol.record.value.MessageRecordValue;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mail tests' probe (bpmn-test/SellerReplyProbe.bpmn): a claim of its own whose process asks its seller by mail
 * and then waits for the seller's reply ({@value #WAITING}), then for a second one, so a mail that wrongly counted
 * shows. Also counts the reply messages the engine was sent for a claim.
 */
public final class ReplyProbe {

    public static final String WAITING = "Event_SellerReplied";

    private final CamundaClient client;
    private final JdbcTemplate jdbc;
    private final ProcessTestHarness harness;
    private final EngineTime engineTime;
    private final SellerMailbox sellerBox;

    /** A seller asked, once the question is in their mailbox. */
    public record Asked(String reference, String seller, long instance, MimeMessage infoRequest) {

        public String replyTo() throws Exception {
            return ((InternetAddress) infoRequest.getReplyTo()[0]).getAddress();
        }

        public String infoRequestId() throws Exception {
            return infoRequest.getMessageID().replaceAll("[<>]", "");
        }
    }

    /** A probe started, its question not yet awaited. */
    public record Started(String reference, String seller, long instance) {}

    private ReplyProbe(ApplicationContext context) {
        this.client = context.getBean(CamundaClient.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.harness = context.getBean(ProcessTestHarness.class);
        this.engineTime = context.getBean(EngineTime.class);
        this.sellerBox = new SellerMailbox(
                context.getBean(PlatformProperties.class).mail().helpdeskAddress());
    }

    /** Deploys the probe process (again: deploying the same model twice is a no-op). */
    public static ReplyProbe deploy(ApplicationContext context) {
        var probe = new ReplyProbe(context);
        probe.client
                .newDeployResourceCommand()
                .addResourceFromClasspath("bpmn-test/SellerReplyProbe.bpmn")
                .send()
                .join();
        return probe;
    }

    public SellerMailbox sellerBox() {
        return sellerBox;
    }

    /** Starts a probe for a new claim of a new seller, without waiting for its question. */
    public Started start() {
        String seller = SellerMailbox.newSellerAddress();
        String reference = SellerMailbox.newClaim(jdbc, seller);
        long instance = client.newCreateInstanceCommand()
                .bpmnProcessId("SellerReplyProbe")
                .latestVersion()
                .variables(Map.of(MailJobs.VAR_CLAIM_REFERENCE, reference, MailJobs.VAR_QUESTION, "Which SKU?"))
                .send()
                .join()
                .getProcessInstanceKey();
        return new Started(reference, seller, instance);
    }

    /** Waits until the probe waits for the reply and its question has reached the seller. */
    public Asked awaitAsked(Started started) {
        harness.awaitActive(started.instance(), WAITING);
        var infoRequest = sellerBox.awaitMails(started.seller(), 1).getFirst();
        return new Asked(started.reference(), started.seller(), started.instance(), infoRequest);
    }

    public Asked ask() {
        return awaitAsked(start());
    }

    /** How many seller-replied messages the engine has been sent for this claim. */
    public long published(String reference) {
        return StreamSupport.stream(
                        engineTime
                                .embeddedEngine()
                                .orElseThrow()
                                .getRecordStreamSource()
                                .getRecords()
                                .spliterator(),
                        false)
                .filter(r -> r.getValueType() == ValueType.MESSAGE && r.getIntent() == MessageIntent.PUBLISHED)
                .map(r -> (MessageRecordValue) r.getValue())
                .filter(m -> m.getCorrelationKey().equals(reference))
                .count();
    }
}
