package dev.khao.common.problem;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A write PostgreSQL rolls back to break a deadlock is a conflict to retry, not a server failure. */
class LockConflictTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aDeadlockVictimIsA409AskingForARetry() {
        SQLException deadlock = new SQLException("ERROR: deadlock detected", "40P01");
        Response response = mappers.persistence(new org.hibernate.PessimisticLockException("JDBC exception executing SQL", deadlock, "select 1"), null);
        assertConflict(response);
    }

    @Test
    void aDeadlockReportedWhileCommittingIsA409Too() {
        Throwable commit = new RollbackException("ARJUNA016053: Could not commit transaction");
        commit.initCause(new PersistenceException("could not execute batch", new SQLException("ERROR: deadlock detected", "40P01")));
        assertConflict(mappers.unexpected(commit, null));
    }

    @Test
    void otherDatabaseFailuresStay500() {
        Response response = mappers.persistence(new PersistenceException("boom", new SQLException("ERROR: disk full", "53100")), null);
        assertEquals(500, response.getStatus());
    }

    private static void assertConflict(Response response) {
        assertEquals(409, response.getStatus());
        assertEquals("1", response.getHeaderString("Retry-After"));
        Problem problem = (Problem) response.getEntity();
        assertEquals("https://khao.dev/problems/conflict", problem.type());
        assertEquals("The request collided with a concurrent change to the same content and was rolled back; retry it", problem.detail());
    }
}
