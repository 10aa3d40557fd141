package dev.marquee.stream;

import dev.marquee.publish.DeadLetter;

/** A step's result on its way to a branch: a value for the next step, or a dead letter. */
public sealed interface Routed<T> {

    record Ok<T>(T value) implements Routed<T> {
    }

    record Failed<T>(DeadLetter deadLetter) implements Routed<T> {
    }

    static boolean isOk(Object key, Routed<?> routed) {
        return routed instanceof Ok;
    }

    static <T> T value(Routed<T> routed) {
        return ((Ok<T>) routed).value();
    }

    static DeadLetter deadLetter(Routed<?> routed) {
        return ((Failed<?>) routed).deadLetter();
    }
}
