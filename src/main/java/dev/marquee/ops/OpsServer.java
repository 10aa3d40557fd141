package dev.marquee.ops;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP server on all interfaces, serving one {@link HttpRouter}. Two daemon threads: a slow scrape of
 * {@code /metrics} does not hold up {@code /health}, and the server never keeps the JVM alive.
 */
public final class OpsServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    private OpsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds {@code port} (0: any free port) and starts serving; fails if the port is taken. */
    public static OpsServer start(int port, HttpRouter router) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen for HTTP on port " + port + ": " + e.getMessage(), e);
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "marquee-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", router);
        server.setExecutor(executor);
        server.start();
        return new OpsServer(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops at once: in-flight requests are at most a scrape, and the caller is shutting down. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
