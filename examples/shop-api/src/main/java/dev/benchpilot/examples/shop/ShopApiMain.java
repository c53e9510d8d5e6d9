package dev.benchpilot.examples.shop;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;

/**
 * Runs the shop as a process: {@code [--port N] [--exit-on-stdin-close]}. {@code --port} defaults to 8080; 0 picks a
 * free port. Once requests are accepted it prints exactly one line to stdout,
 * {@code shop-api listening on http://127.0.0.1:<port> pid=<pid>}. It stops cleanly on SIGTERM and, with
 * {@code --exit-on-stdin-close}, when its stdin reaches end of stream, so a parent that dies never leaves it running.
 * Exit codes: 0 stopped, 1 could not start, 2 bad arguments.
 */
public final class ShopApiMain {

    static final int DEFAULT_PORT = 8080;
    private static final String USAGE = "usage: ShopApiMain [--port N] [--exit-on-stdin-close]";
    private static final String[] NOISY_LOGGERS = {"org.eclipse.jetty", "com.zaxxer.hikari", "org.h2", "io.javalin"};

    private ShopApiMain() {}

    public static void main(String[] args) throws InterruptedException {
        int port = DEFAULT_PORT;
        boolean exitOnStdinClose = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--exit-on-stdin-close" -> exitOnStdinClose = true;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            System.err.println(USAGE);
            System.exit(2);
        }
        quietLogging();
        ShopApi shop;
        try {
            shop = ShopApi.start(ShopConfig.defaults().withPort(port));
        } catch (RuntimeException e) {
            System.err.println("shop-api: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            shop.close();
                            stopped.countDown();
                        },
                        "shop-api-stop"));
        System.out.println("shop-api listening on " + shop.baseUrl() + " pid="
                + ProcessHandle.current().pid());
        System.out.flush();
        if (exitOnStdinClose) {
            awaitEndOfStdin();
            System.exit(0);
        }
        stopped.await();
    }

    private static void awaitEndOfStdin() {
        try {
            while (System.in.read() >= 0) {
                // input is ignored; only its end matters
            }
        } catch (IOException e) {
            // a broken stdin means the parent is gone, like end of stream
        }
    }

    /**
     * With logback as the backend, Jetty, Hikari, H2 and Javalin log warnings only, and so does everything else when no
     * logback configuration was found (logback's default is DEBUG). The module ships no logback.xml: as a library on
     * someone else's classpath it must not override theirs.
     */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            for (String name : NOISY_LOGGERS) {
                logback.getLogger(name).setLevel(Level.WARN);
            }
            Logger root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
            if (root.getLevel() == Level.DEBUG) {
                root.setLevel(Level.WARN);
            }
        }
    }
}
