package org.partnershipatlas.reads;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.partnershipatlas.store.ChangeQuery;
import org.partnershipatlas.store.RecordedChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.NetworkWithHistory;
import org.partnershipatlas.store.Revised;
import org.partnershipatlas.store.VersionedSnapshot;
import org.partnershipatlas.store.WriteResult;

/**
 * The read side: the stored network as one immutable snapshot with its version. A request (a REST call, a view
 * refresh) asks once, then passes that snapshot down to the analysis, the layout and whatever it shows, so that
 * everything on one answer or one screen comes from one version. Asking costs one small query for the version;
 * the whole network is read again only after a write (a {@link Memo}, computed once per version however many ask).
 *
 * <p><b>Readers never wait for a write of this process.</b> Reading a large network back takes a while (about 0.7 s
 * for 10,000 organisations and 30,000 links); a write through the door ({@link #writing}) makes its result current
 * itself before it answers (a replace hands over the network it wrote, other writes read it back), and until it has, readers who ask meanwhile get the version before it — they asked while it was
 * being written. The writer's own next request, coming after its answer, sees its write. A write by another instance
 * on the same database is read by whoever asks first after it.
 */
@Service
public class NetworkReads {
    private static final Logger log = LoggerFactory.getLogger(NetworkReads.class);

    private final NetworkStore store;
    private final Memo<Long, VersionedSnapshot> snapshots = Memo.ofSize(2);
    /** The newest snapshot read so far (what readers get while a write of this process is read back). */
    private final AtomicReference<VersionedSnapshot> newest =
            new AtomicReference<>();
    /** Writes through {@link #writing} not yet read back. */
    private final AtomicInteger writesInFlight = new AtomicInteger();

    public NetworkReads(NetworkStore store) {
        this.store = store;
    }

    /**
     * The network as stored now — or, while a write of this process is landing and being read back, the version
     * before it.
     */
    public VersionedSnapshot current() {
        long version = store.version();
        VersionedSnapshot before = newest.get();
        if (before != null && before.version() < version && writesInFlight.get() > 0) {
            return before;
        }
        return read(version);
    }

    /** The network as stored now, never the version before a write in flight: what a write is prepared against. */
    public VersionedSnapshot latest() {
        return read(store.version());
    }

    private VersionedSnapshot read(long version) {
        VersionedSnapshot read = snapshots.get(version, store::read);
        // If a write landed between the two queries, the snapshot is newer than asked, which is what "now" means; it
        // is kept under its own version too.
        remember(read);
        return read;
    }

    /**
     * Runs a write (the door's call of the store), then makes its result what readers get before answering: a replace
     * hands over the network it wrote ({@link NetworkStore#takeWritten}), any other write is read back. Readers asking
     * meanwhile get the version before it instead of waiting (see the class comment). A failure to read back is
     * logged, not thrown: the write has landed, and the next reader reads it.
     */
    public WriteResult writing(Supplier<WriteResult> write) {
        writesInFlight.incrementAndGet();
        try {
            WriteResult result = write.get();
            try {
                store.takeWritten(result.version()).ifPresentOrElse(this::remember, this::latest);
            } catch (RuntimeException e) {
                log.warn("The network just written was not read back (the next reader reads it): {}", e.toString());
            }
            return result;
        } finally {
            writesInFlight.decrementAndGet();
        }
    }

    private void remember(VersionedSnapshot written) {
        snapshots.put(written.version(), written);
        newest.accumulateAndGet(written, (old, mine) -> old == null || mine.version() > old.version() ? mine : old);
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
    public List<RecordedChange> changes(ChangeQuery query) {
        return store.changes(query);
    }

    /** As {@link #changes}, without each change's recorded entities and details (see NetworkStore.changeSummaries). */
    public List<RecordedChange> changeSummaries(ChangeQuery query) {
        return store.changeSummaries(query);
    }

    public Optional<RecordedChange> change(long id) {
        return store.change(id);
    }
}
