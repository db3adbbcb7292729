package vn.schoolrecords.core.register;

import java.util.List;
import java.util.Objects;

/**
 * What a register command produced: the register's new state and the events that lead to it from
 * the old state. A vendor may store either; replaying all events rebuilds the state.
 *
 * @param state the new state, not null
 * @param events the events, in order, not null
 * @param <S> the register type
 * @param <E> the event type
 */
public record RegisterDecision<S, E>(S state, List<E> events) {

    /** Checks presence and copies the events. */
    public RegisterDecision {
        Objects.requireNonNull(state, "state");
        events = List.copyOf(events);
    }
}
