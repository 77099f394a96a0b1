package dev.khao.common.problem;

import dev.khao.support.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operators see in the log when a client goes away mid-request. */
@QuarkusTest
class ClosedConnectionTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void aClientLeavingBeforeItsBodyArrivedIsNoErrorInTheLog() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ProblemMappers.class.getName());
        Level level = logger.getLevel();
        logger.setLevel(Level.FINE);
        logger.addHandler(handler);
        try {
            try (Socket socket = new Socket(server.getHost(), server.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/tags HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestKeys.ADMIN
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
                        + "{\"name\":\"ข่าว").getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(200);
            }
            long until = System.currentTimeMillis() + 10_000;
            while (records.stream().noneMatch(r -> r.getMessage() != null && r.getMessage().contains("closed the connection"))
                    && records.stream().noneMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                    && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(level);
        }
        assertEquals(List.of(), records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .map(r -> r.getLevel() + " " + r.getMessage()).toList());
        assertTrue(records.stream().anyMatch(r -> String.valueOf(r.getMessage()).contains("closed the connection")), records.toString());
        given().get("/v1/tags?limit=1").then().statusCode(200);
    }
}
