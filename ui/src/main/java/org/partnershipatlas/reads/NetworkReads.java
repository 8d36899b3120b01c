package org.partnershipatlas.reads;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;

import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.NetworkWithHistory;
import org.partnershipatlas.store.Revised;
import org.partnershipatlas.store.VersionedSnapshot;

/**
 * The read side: the stored network as one immutable snapshot with its version. A request (a REST call, a view
 * refresh) asks once, then passes that snapshot down to the analysis, the layout and whatever it shows, so that
 * everything on one answer or one screen comes from one version. Asking costs one small query for the version;
 * the whole network is read again only after a write (Caffeine, computed once per version however many ask).
 */
@Service
public class NetworkReads {
    private final NetworkStore store;
    private final Cache<Long, VersionedSnapshot> snapshots = Caffeine.newBuilder().maximumSize(2).build();

    public NetworkReads(NetworkStore store) {
        this.store = store;
    }

    /** The network as stored now. */
    public VersionedSnapshot current() {
        long version = store.version();
        VersionedSnapshot read = snapshots.get(version, v -> store.read());
        if (read.version() != version) {
            // A write landed between the two queries: the snapshot is newer than asked, which is what "now" means.
            snapshots.put(read.version(), read);
        }
        return read;
    }

    /** The network and its whole history, read together in one transaction (what a backup holds; never cached). */
    public NetworkWithHistory withHistory() {
        return store.readWithHistory();
    }

    /** The stored version, for a caller that only needs to know whether its snapshot is current. */
    public long version() {
        return store.version();
    }

    /** One organisation as stored, with its revision (what an edit's {@code If-Match} is checked against). */
    public Optional<Revised<Organisation>> organisation(String id) {
        return store.organisation(id);
    }

    /** One link as stored, with its revision. */
    public Optional<Revised<Link>> link(String id) {
        return store.link(id);
    }

    /** Recorded changes, newest first. */
    public java.util.List<org.partnershipatlas.store.RecordedChange> changes(org.partnershipatlas.store.ChangeQuery query) {
        return store.changes(query);
    }

    /** As {@link #changes}, without each change's recorded entities and details (see NetworkStore.changeSummaries). */
    public java.util.List<org.partnershipatlas.store.RecordedChange> changeSummaries(org.partnershipatlas.store.ChangeQuery query) {
        return store.changeSummaries(query);
    }

    public Optional<org.partnershipatlas.store.RecordedChange> change(long id) {
        return store.change(id);
    }
}
