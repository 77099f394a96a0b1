package dev.khao.common.problem;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A request that cannot reach PostgreSQL is a 503 to retry, not a 500 that looks like a bug. */
class DatabaseUnavailableTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aRefusedConnectionIsA503AskingForARetry() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused. Check that the hostname and port are correct", "08001");
        assertUnavailable(mappers.persistence(new JDBCConnectionException("Unable to acquire JDBC Connection", refused), null));
    }

    @Test
    void aConnectionLostMidRequestIsA503() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertUnavailable(mappers.unexpected(new PersistenceException("could not execute statement", lost), null));
    }

    @Test
    void aServerShuttingDownIsA503() {
        SQLException shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertUnavailable(mappers.persistence(new GenericJDBCException("JDBC exception executing SQL", shutdown), null));
    }

    @Test
    void anExhaustedConnectionPoolIsA503() {
        // Agroal's acquisition timeout carries no SQLSTATE; Hibernate names what failed.
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        assertUnavailable(mappers.persistence(new GenericJDBCException("Unable to acquire JDBC Connection", timeout), null));
    }

    @Test
    void aFailingStatementIsStill500() {
        SQLException failing = new SQLException("ERROR: division by zero", "22012");
        assertEquals(500, mappers.persistence(new GenericJDBCException("JDBC exception executing SQL", failing), null).getStatus());
    }

    @Test
    void aProtocolViolationIsNotMistakenForAnOutage() {
        // SQLSTATE class 08 but not a lost connection: the same request would fail the same way again.
        SQLException violation = new SQLException("ERROR: invalid message format", "08P01");
        assertEquals(500, mappers.persistence(new JDBCConnectionException("JDBC exception executing SQL", violation), null).getStatus());
    }

    private static void assertUnavailable(Response response) {
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        Problem problem = (Problem) response.getEntity();
        assertEquals("https://khao.dev/problems/unavailable", problem.type());
        assertEquals("Temporarily unavailable", problem.title());
        assertEquals("The database cannot be reached or has no free connection; retry in a moment", problem.detail());
    }
}
