package io.jisr.common;

/**
 * The headers of the HTTP request the current operation runs in, for shared code that must not know the engine
 * (the engine's {@code CurrentHttpRequest} provides them).
 */
public interface RequestHeaders {

    /** The header's value; null without one, or outside an HTTP request (subscriptions, startup). */
    String get(String name);
}
