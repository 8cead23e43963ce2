package dev.claimdesk.mail.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the outbox sender and the mailbox poller on two threads of their own: a slow SMTP or IMAP server must not hold
 * up the application's other scheduled work (which shares Spring's single scheduler thread). A queued mail also wakes
 * the sender as soon as its transaction commits.
 */
@Component
class MailScheduling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailScheduling.class);

    private final OutboxSender sender;
    private final InboxPoller poller;
    private final ReplyPublisher publisher;
    private final MailSettings settings;
    private volatile ThreadPoolTaskScheduler scheduler;

    MailScheduling(OutboxSender sender, InboxPoller poller, ReplyPublisher publisher, MailSettings settings) {
        this.sender = sender;
        this.poller = poller;
        this.publisher = publisher;
        this.settings = settings;
    }

    @Override
    public void start() {
        var tasks = new ThreadPoolTaskScheduler();
        tasks.setPoolSize(2);
        tasks.setThreadNamePrefix("mail-");
        tasks.setWaitForTasksToCompleteOnShutdown(true);
        tasks.setAwaitTerminationSeconds(10);
        tasks.initialize();
        tasks.scheduleWithFixedDelay(this::sendDue, settings.outbound().sendInterval());
        if (settings.inbound().enabled()) {
            tasks.scheduleWithFixedDelay(this::readInbox, settings.inbound().pollInterval());
        }
        scheduler = tasks;
    }

    @Override
    public void stop() {
        var tasks = scheduler;
        scheduler = null;
        if (tasks != null) {
            tasks.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onMailQueued(MailboxService.MailQueued event) {
        var tasks = scheduler;
        if (tasks != null) {
            tasks.execute(this::sendDue);
        }
    }

    private void sendDue() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            log.warn("Outbox run failed (will run again): {}", e.toString());
        }
    }

    private void readInbox() {
        try {
            // a full batch means more mail is waiting: read on at once rather than after the poll interval
            int batch = settings.inbound().maxMessagesPerPoll();
            while (poller.poll() >= batch && isRunning()) {
                log.debug("Helpdesk mailbox: a full batch read, reading on");
            }
            publisher.publishPending();
        } catch (RuntimeException e) {
            log.warn("Mailbox run failed (will run again): {}", e.toString());
        }
    }
}
