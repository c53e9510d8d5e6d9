package dev.benchpilot.tools.monitor;

/**
 * A child JVM for the JFR test: two threads burn CPU in a hot method and contend for one lock until stdin closes or 20
 * s pass.
 */
public final class BusyJvm {

    private static final Object LOCK = new Object();
    private static volatile long sink;

    private BusyJvm() {}

    public static void main(String[] args) throws Exception {
        long end = System.nanoTime() + 20_000_000_000L;
        Runnable work = () -> {
            while (System.nanoTime() < end) {
                synchronized (LOCK) {
                    sink += hot(200_000);
                }
            }
        };
        Thread a = new Thread(work);
        Thread b = new Thread(work);
        a.setDaemon(true);
        b.setDaemon(true);
        a.start();
        b.start();
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0 && System.nanoTime() < end) {
            // wait for the parent to close stdin
        }
    }

    static long hot(int rounds) {
        long x = sink;
        for (int i = 0; i < rounds; i++) {
            x = x * 31 + i;
        }
        return x;
    }
}
