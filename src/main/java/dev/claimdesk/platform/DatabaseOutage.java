package dev.claimdesk.platform;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure came from the database being out of reach or busy for a moment (no connection, the link broken, a
 * lock wait or deadlock): the same step succeeds later without anyone changing anything.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    public static boolean isCause(Throwable failure) {
        // bounded: a cause chain may loop back on itself
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }
}
