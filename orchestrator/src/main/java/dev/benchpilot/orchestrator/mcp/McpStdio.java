package dev.benchpilot.orchestrator.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The MCP server's standard input and output, counted: requests read (messages with an id and a method) and answers
 * written (messages with an id and no method). A scripted client writes its requests and closes stdin at once; the
 * server must answer every request it has read before it exits. The SDK's transport drops what is in flight when it
 * sees the end of its input, so the end is held back from it until the answers have caught up (bounded by a time
 * limit), and only then passed on.
 */
final class McpStdio {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Duration answerLimit;

    private final CountDownLatch closed = new CountDownLatch(1);
    private final Object lock = new Object();
    private long requests;
    private long answers;

    /** @param answerLimit how long requests read before the end of the input may still take to be answered */
    McpStdio(Duration answerLimit) {
        this.answerLimit = answerLimit;
    }

    /** {@code stdin}, counting the requests read and noticing its end. */
    InputStream input(InputStream stdin) {
        LineCounter counter = new LineCounter(this::read);
        return new FilterInputStream(stdin) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n < 0) {
                    endOfInput();
                } else {
                    counter.accept(b, off, n);
                }
                return n;
            }

            @Override
            public int read() throws IOException {
                int n = super.read();
                if (n < 0) {
                    endOfInput();
                } else {
                    counter.accept(new byte[] {(byte) n}, 0, 1);
                }
                return n;
            }
        };
    }

    /** {@code stdout}, counting the answers written. */
    OutputStream output(OutputStream stdout) {
        LineCounter counter = new LineCounter(this::written);
        return new FilterOutputStream(stdout) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                counter.accept(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                counter.accept(new byte[] {(byte) b}, 0, 1);
            }
        };
    }

    /** Blocks until stdin has closed and every request read before has been answered (or the limit passed). */
    void awaitEndOfInput() throws InterruptedException {
        closed.await();
    }

    /** Holds the reader at the end of the input until every request read has been answered. */
    private void endOfInput() throws java.io.InterruptedIOException {
        long deadline = System.nanoTime() + answerLimit.toNanos();
        try {
            synchronized (lock) {
                while (answers < requests && System.nanoTime() < deadline) {
                    lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted at the end of the input");
        } finally {
            closed.countDown();
        }
    }

    private void read(JsonNode message) {
        if (message.hasNonNull("id") && message.has("method")) {
            synchronized (lock) {
                requests++;
            }
        }
    }

    private void written(JsonNode message) {
        if (message.hasNonNull("id") && !message.has("method")) {
            synchronized (lock) {
                answers++;
                lock.notifyAll();
            }
        }
    }

    /** Splits a byte stream into lines and hands each JSON line on; other lines are ignored. */
    private static final class LineCounter {
        private final java.util.function.Consumer<JsonNode> onMessage;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineCounter(java.util.function.Consumer<JsonNode> onMessage) {
            this.onMessage = onMessage;
        }

        synchronized void accept(byte[] bytes, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (bytes[i] == '\n') {
                    try {
                        onMessage.accept(JSON.readTree(line.toByteArray()));
                    } catch (IOException | RuntimeException e) {
                        // not a JSON message: nothing to count
                    }
                    line.reset();
                } else {
                    line.write(bytes[i]);
                }
            }
        }
    }
}
