package org.partnershipatlas.ui.components;

import com.vaadin.flow.component.UIDetachedException;
import org.partnershipatlas.reads.NetworkChanged;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Tells open pages that the network changed. A view calls {@link #refreshOnChange} when attached; after every
 * committed write (the {@link NetworkChanged} event) its callback runs in its own UI (server push), where it reads
 * the network again. Detaching the view removes the registration.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private record Listener(UI ui, Consumer<NetworkChanged> callback) {
    }

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    /**
     * Runs {@code refresh} in {@code view}'s UI after every write while the view is attached.
     *
     * @return the registration (also removed automatically when the view detaches)
     */
    public Registration refreshOnChange(Component view, Consumer<NetworkChanged> refresh) {
        UI ui = view.getUI().orElseGet(UI::getCurrent);
        var listener = new Listener(ui, refresh);
        listeners.add(listener);
        Registration[] detach = new Registration[1];
        detach[0] = view.addDetachListener(e -> {
            listeners.remove(listener);
            detach[0].remove();
        });
        return () -> {
            listeners.remove(listener);
            detach[0].remove();
        };
    }

    @EventListener
    void networkChanged(NetworkChanged event) {
        for (Listener listener : listeners) {
            try {
                listener.ui().access(() -> listener.callback().accept(event));
            } catch (UIDetachedException gone) {
                listeners.remove(listener);
            } catch (RuntimeException e) {
                log.warn("A page could not be told about version {}: {}", event.version(), e.toString());
            }
        }
    }

    int listenerCount() {
        return listeners.size();
    }
}
