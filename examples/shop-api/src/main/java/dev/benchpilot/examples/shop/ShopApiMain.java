package dev.benchpilot.examples.shop;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the shop: {@code --port N} (0 = a free port; default 8080), {@code --exit-on-stdin-close} to stop
 * when the parent process closes our stdin (so a launcher never leaves it running). Prints one line,
 * {@code shop-api listening on http://127.0.0.1:<port> pid=<pid>}, once it accepts requests.
 */
public final class ShopApiMain {

    private ShopApiMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 8080;
        boolean exitOnStdinClose = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--exit-on-stdin-close")) {
                exitOnStdinClose = true;
            } else {
                System.err.println("usage: ShopApiMain [--port N] [--exit-on-stdin-close]");
                System.exit(2);
            }
        }
        quietLogging();
        ShopApi shop = ShopApi.start(ShopConfig.defaults().withPort(port));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shop.close();
            stopped.countDown();
        }, "shop-api-stop"));
        System.out.println("shop-api listening on " + shop.baseUrl() + " pid=" + ProcessHandle.current().pid());
        System.out.flush();
        if (exitOnStdinClose) {
            try {
                while (System.in.read() >= 0) {
                    // ignore input; end of stream means the parent is gone
                }
            } catch (IOException ignored) {
                // treated like end of input
            }
            System.exit(0);
        }
        stopped.await();
    }

    /** Run on its own the shop logs warnings only (logback's default would be DEBUG). */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root
                && root.getLevel() == ch.qos.logback.classic.Level.DEBUG) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
