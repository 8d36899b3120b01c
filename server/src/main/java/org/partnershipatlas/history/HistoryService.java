package org.partnershipatlas.history;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.store.ChangeQuery;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.NetworkWrites;
import org.partnershipatlas.writes.NotFoundException;

/**
 * The recorded changes, newest first, and undoing one. Reading the history is reading (viewers may); undoing is a
 * write through the one door (editors; stewards only for their organisations).
 */
@Service
public class HistoryService {
    private final NetworkReads log;
    private final NetworkWrites writes;

    public HistoryService(NetworkReads log, NetworkWrites writes) {
        this.log = log;
        this.writes = writes;
    }

    public List<RecordedChange> changes(ChangeQuery query) {
        return log.changes(query);
    }

    public RecordedChange change(long id) {
        return log.change(id).orElseThrow(() -> new NotFoundException("change", String.valueOf(id)));
    }

    public Optional<RecordedChange> find(long id) {
        return log.change(id);
    }

    /**
     * Undoes a change (and, with {@code alsoLater}, the later changes that touched the same entities).
     *
     * @return the new change that did it
     */
    public RecordedChange undo(long id, boolean alsoLater, Change change) {
        long made = writes.undo(id, alsoLater, change).changeId();
        return change(made);
    }
}
