package dev.khao.support;

import dev.khao.common.ContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every {@link ContentChanged} the app fired during the test run, so tests can check writes announce themselves. */
@ApplicationScoped
public class RecordedChanges {

    private final List<ContentChanged> changes = new CopyOnWriteArrayList<>();

    void record(@Observes ContentChanged change) {
        changes.add(change);
    }

    public List<ContentChanged> all() {
        return List.copyOf(changes);
    }
}
