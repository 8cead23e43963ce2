package dev.claimdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.client.HttpServerErrorException;

/** Which failures a job waits out (the database away for a moment) and which use up its retries. */
class DatabaseOutageTest {

    @Test
    void noConnectionABrokenLinkOrALockWaitAreTheDatabaseAwayForAMoment() {
        // what a @Transactional step gets when the pool finds no connection within its timeout
        assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
                .isTrue();
        // a repository call outside a transaction, or the link broken mid-statement (Connector/J's
        // CommunicationsException is a SQLRecoverableException), wrapped as Spring and a worker wrap it
        assertThat(DatabaseOutage.isCause(new DataAccessResourceFailureException("Unable to acquire JDBC Connection")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new IllegalStateException(
                        "worker failed", new SQLRecoverableException("Communications link failure"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new CannotAcquireLockException("Deadlock found when trying to get lock")))
                .isTrue();
    }

    @Test
    void aRefusedRowOrAnotherServiceDownIsNot() {
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("Duplicate entry")))
                .isFalse();
        // the order service down is the job's own failure: retries, then an incident a person sees
        assertThat(DatabaseOutage.isCause(new IllegalStateException(
                        "orders-api unreachable", new ConnectException("Connection refused"))))
                .isFalse();
        assertThat(DatabaseOutage.isCause(HttpServerErrorException.create(
                        org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
                        "Service Unavailable",
                        null,
                        null,
                        null)))
                .isFalse();
    }
}
