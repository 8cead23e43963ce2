package dev.claimdesk.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted outside HTTP service for client tests (the JDK's HttpServer, no dependency): answers requests with the
 * queued responses in order and records what it received. A "hang" answer holds the request until the stub closes,
 * so that a client's read timeout is exercised without the test sleeping.
 */
public final class StubHttpService implements AutoCloseable {

    public record Received(
            String method, String pathAndQuery, String authorization, String idempotencyKey, String body) {}

    private record Answer(int status, String body, boolean hang) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedDeque<Answer> answers = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private StubHttpService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static StubHttpService start() {
        try {
            return new StubHttpService();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Queues a JSON answer (a problem document for 4xx/5xx, as the services send). */
    public StubHttpService answer(int status, String json) {
        answers.add(new Answer(status, json, false));
        return this;
    }

    /** Queues an answer that never comes: the client's read timeout must end the request. */
    public StubHttpService hang() {
        answers.add(new Answer(0, null, true));
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath()
                            + (exchange.getRequestURI().getRawQuery() == null
                                    ? ""
                                    : "?" + exchange.getRequestURI().getRawQuery()),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    body));
            Answer answer = answers.poll();
            if (answer == null) {
                answer = new Answer(500, "{\"title\":\"no answer queued\",\"status\":500}", false);
            }
            if (answer.hang()) {
                closing.await();
                return;
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .add("Content-Type", answer.status() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
