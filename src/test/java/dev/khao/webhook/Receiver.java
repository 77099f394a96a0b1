package dev.khao.webhook;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A partner's webhook endpoint on a random local port: records every request and answers the statuses it is told to. */
final class Receiver implements AutoCloseable {

    /** A request as received. */
    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private volatile boolean down;

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            Integer status = statuses.poll();
            exchange.sendResponseHeaders(down ? 500 : status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers these statuses to the next requests, then 200. */
    Receiver answering(Integer... next) {
        statuses.addAll(List.of(next));
        return this;
    }

    /** Answers 500 to every request from now on, until {@link #back()}. */
    Receiver down() {
        down = true;
        return this;
    }

    /** Answers as before {@link #down()} again. */
    Receiver back() {
        down = false;
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Polls until {@code count} requests match, failing after a timeout. */
    List<Received> await(Predicate<Received> matching, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            List<Received> found = received.stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Expected " + count + " matching requests, got " + received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
