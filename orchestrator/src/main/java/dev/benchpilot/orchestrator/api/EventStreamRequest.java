package dev.benchpilot.orchestrator.api;

import io.javalin.http.Context;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * A request for a run's events, seen by Javalin's SSE handler as asking for {@code text/event-stream}. The handler
 * streams only when the {@code Accept} header says exactly that, and answers an empty 200 otherwise, which a client
 * such as {@code curl -N} cannot tell from a run with no events. The events route has no other representation, so
 * it streams whatever was asked.
 */
final class EventStreamRequest {

    private static final String EVENT_STREAM = "text/event-stream";

    private EventStreamRequest() {}

    static Context of(Context ctx) {
        return (Context) Proxy.newProxyInstance(
                Context.class.getClassLoader(), new Class<?>[] {Context.class}, (proxy, method, args) -> {
                    if (method.getName().equals("header")
                            && args != null
                            && args.length == 1
                            && "Accept".equalsIgnoreCase(String.valueOf(args[0]))) {
                        return EVENT_STREAM;
                    }
                    try {
                        return method.invoke(ctx, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
