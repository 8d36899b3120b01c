package org.partnershipatlas.analytics.centrality;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One thread's sampler for {@link KadabraBetweenness}: for a pair (s, t) a balanced bidirectional breadth-first
 * search finds the shortest s–t paths, and either every vertex's share of them is counted (all paths, the default) or
 * one of them, drawn uniformly, is counted and recorded (one path, when the estimate records its samples for
 * {@link KadabraRemoval}). Every array is sized to the graph once (the arc lists grow to their largest sample's need
 * and stay); a sample allocates nothing and resets only what it touched.
 *
 * <p>Search: the side whose frontier has the smaller degree sum expands one whole level at a time until the two
 * searches touch (Borassi and Natale 2016, §5); the ties where they touch, weighted by σ_s(u)·σ_t(w), give σ_st, the
 * number of shortest paths. State per vertex: the side that reached it first (a byte), its level and σ.
 *
 * <p><b>All paths</b> (the pair's exact dependencies, the "ab" estimator of Cousins, Wohlgemuth and Riondato,
 * "Bavarian: betweenness centrality approximation with variance-aware Rademacher averages", KDD 2021): each vertex x
 * strictly inside a shortest s–t path counts {@code σ_own(x)·down(x)/σ_st}, its share of those paths, where down(x)
 * is the number of shortest paths from x to the other end. Its expectation is that of the one-path count (the one-path
 * count's conditional expectation given the pair), its variance never larger; on the 100k synthetic network it needs
 * about half the pairs for the same top-100 overlap. down is summed backwards over the arcs of the shortest-path DAG,
 * which the forward search lists as it finds them (each arc u → w, level(w) = level(u) + 1, once), so the walk back
 * reads a list in reverse instead of the hubs' ties. Shares are counted in fixed point ({@link #UNIT} per path), so
 * sums are exact integers whatever the order the threads add them in.
 *
 * <p><b>One path</b>: each vertex keeps one predecessor, replaced when another arc reaches it with probability
 * σ(u)/σ(w) (a weighted reservoir), so following predecessors from where the searches touch gives each shortest path
 * probability 1/σ_st; the touching tie is itself drawn in proportion to σ_s(u)·σ_t(w).
 *
 * <p>Tried and measured slower on the 100k synthetic network (kept out): one signed byte per vertex holding the level
 * modulo 4 instead of side and level; a walk back that searches the previous level's list; a walk back over the
 * DAG vertices' ties (as much time as the search itself, the hubs' ties being long).
 */
final class KadabraSampler {
    /** The count of one whole path through a vertex: shares are fixed-point multiples of 2^-24. */
    static final long UNIT = 1L << 24;
    private static final byte NONE = 0;
    private static final byte FROM_S = 1;
    private static final byte FROM_T = 2;
    private final int n;
    private final int[] offsets;
    private final int[] targets;
    private final int[] component;
    private final boolean allPaths;
    /**
     * Per vertex: 0 if the current sample has not reached it, else the side that reached it first ({@link #FROM_S} or
     * {@link #FROM_T}) plus 4 × (its level mod 4) — enough to tell, from a frontier vertex at level ℓ, a neighbour at
     * level ℓ + 1 from those at ℓ − 1 and ℓ, the only other levels a neighbour can have on its side.
     */
    private final byte[] state;
    private final double[] sigma;
    private final int[] visitedS;
    private final int[] visitedT;
    /** All paths: the number of shortest paths from a DAG vertex to the other end (0 off the DAG). */
    private final double[] down;
    /** All paths: the DAG's vertices of the current sample, as the walk back finds them. */
    private final int[] dag;
    /** Each vertex's first predecessor (all paths), or its predecessor drawn in proportion to σ (one path). */
    private final int[] pred;
    /** All paths: the latest of a vertex's further predecessors, an index into {@link #morePred}, or −1. */
    private final int[] moreHead;
    /** All paths: further predecessors as a linked list per vertex ({@code morePred[i]}, next {@code moreNext[i]}). */
    private int[] morePred;
    private int[] moreNext;
    /** The sums of this worker, in {@link #UNIT}s: the share of the sampled pairs' paths with each vertex inside. */
    final long[] counts;
    /**
     * With recording on, each sample of the current batch as {@code s, t, length, the path's inner vertices from s's
     * side} ({@code length} −1: s and t are not connected).
     */
    private int[] record;
    private int recordSize;

    /**
     * @param offsets   CSR offsets
     * @param targets   CSR targets, each vertex's neighbours sorted ascending
     * @param component each vertex's connected component
     * @param recording whether {@link #batch} returns its samples (one path per sample); else all paths are counted
     */
    KadabraSampler(int[] offsets, int[] targets, int[] component, boolean recording) {
        this.n = offsets.length - 1;
        this.offsets = offsets;
        this.targets = targets;
        this.component = component;
        this.allPaths = !recording;
        this.state = new byte[n];
        this.sigma = new double[n];
        this.visitedS = new int[n];
        this.visitedT = new int[n];
        this.counts = new long[n];
        this.down = allPaths ? new double[n] : null;
        this.dag = allPaths ? new int[n] : null;
        this.pred = new int[n];
        this.moreHead = allPaths ? new int[n] : null;
        this.morePred = allPaths ? new int[1024] : null;
        this.moreNext = allPaths ? new int[1024] : null;
        this.record = recording ? new int[8 * KadabraBetweenness.BATCH] : null;
    }

    /**
     * Draws the {@value KadabraBetweenness#BATCH} samples of batch number {@code batch}: pairs s ≠ t uniform, from a
     * random stream that depends only on the seed and the batch number.
     *
     * @return the batch's samples when recording, else null
     */
    int[] batch(long seed, long batch) {
        var random = new SplittableRandom(mix(seed, batch));
        recordSize = 0;
        for (int i = 0; i < KadabraBetweenness.BATCH; i++) {
            int s = random.nextInt(n);
            int t = random.nextInt(n - 1);
            if (t >= s) {
                t++;
            }
            sample(s, t, random);
        }
        return record == null ? null : Arrays.copyOf(record, recordSize);
    }

    /** A stream key for (seed, batch): SplitMix64's finaliser, so that neighbouring batches get unrelated streams. */
    static long mix(long seed, long batch) {
        long z = seed * 0x9E3779B97F4A7C15L + (batch + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One sample of the pair (s, t): its shortest paths counted, if they are connected. */
    void sample(int s, int t, SplittableRandom random) {
        int start = recordSize;
        append(s);
        append(t);
        append(-1);
        if (component[s] == component[t]) {
            search(s, t, random);
            if (record != null) {
                record[start + 2] = recordSize - start - 3;
            }
        }
    }

    private void append(int value) {
        if (record == null) {
            return;
        }
        if (recordSize == record.length) {
            record = Arrays.copyOf(record, record.length * 2);
        }
        record[recordSize++] = value;
    }

    /** One balanced bidirectional search between connected s ≠ t, then its paths counted. */
    private void search(int s, int t, SplittableRandom random) {
        int endS = 0;
        int endT = 0;
        visitedS[endS++] = s;
        visitedT[endT++] = t;
        state[s] = FROM_S;
        state[t] = FROM_T;
        int levelS = 0;
        int levelT = 0;
        sigma[s] = 1;
        sigma[t] = 1;
        int frontierS = 0;
        int frontierT = 0;
        long degreeS = offsets[s + 1] - offsets[s];
        long degreeT = offsets[t + 1] - offsets[t];
        int more = 0;
        int dagSize = 0;
        double paths = 0;
        int pickU = -1;
        int pickW = -1;
        while (true) {
            boolean expandS = degreeS <= degreeT;
            int[] visited = expandS ? visitedS : visitedT;
            byte own = expandS ? FROM_S : FROM_T;
            int begin = expandS ? frontierS : frontierT;
            int end = expandS ? endS : endT;
            if (allPaths) {
                // room for every further predecessor this level can find: at most its degree sum
                room(more + (expandS ? degreeS : degreeT));
            }
            int[] extra = morePred;
            int[] extraNext = moreNext;
            int next = (expandS ? levelS : levelT) + 1;
            byte ownNext = (byte) (own | (next & 3) << 2);
            long degreeNext = 0;
            int tail = end;
            for (int i = begin; i < end; i++) {
                int u = visited[i];
                double su = sigma[u];
                for (int e = offsets[u], stop = offsets[u + 1]; e < stop; e++) {
                    int w = targets[e];
                    byte sw = state[w];
                    if (sw == NONE) {
                        if (paths == 0) {
                            state[w] = ownNext;
                            sigma[w] = su;
                            visited[tail++] = w;
                            degreeNext += offsets[w + 1] - offsets[w];
                            pred[w] = u;
                            if (allPaths) {
                                moreHead[w] = -1;
                            }
                        }
                    } else if ((sw & 3) == own) {
                        if (sw == ownNext && paths == 0) {
                            double total = sigma[w] + su;
                            sigma[w] = total;
                            if (allPaths) {
                                extra[more] = u;
                                extraNext[more] = moreHead[w];
                                moreHead[w] = more++;
                            } else if (random.nextDouble() * total < su) {
                                pred[w] = u;
                            }
                        }
                    } else {
                        // the searches touch: u–w lies on σ(u)·σ(w) shortest s–t paths
                        double weight = su * sigma[w];
                        paths += weight;
                        if (allPaths) {
                            if (down[u] == 0) {
                                dag[dagSize++] = u;
                            }
                            down[u] += sigma[w];
                            if (down[w] == 0) {
                                dag[dagSize++] = w;
                            }
                            down[w] += su;
                        } else if (random.nextDouble() * paths < weight) {
                            pickU = u;
                            pickW = w;
                        }
                    }
                }
            }
            if (expandS) {
                frontierS = end;
                endS = tail;
                levelS = next;
                degreeS = degreeNext;
            } else {
                frontierT = end;
                endT = tail;
                levelT = next;
                degreeT = degreeNext;
            }
            if (paths > 0 || tail == end) {
                // tail == end cannot happen for s, t in one component; kept so a bad component array cannot loop
                break;
            }
        }
        if (allPaths && paths > 0) {
            dagSize = walkBack(dagSize, s, t);
            double scale = UNIT / paths;
            for (int i = 0; i < dagSize; i++) {
                int x = dag[i];
                if (x != s && x != t) {
                    counts[x] += (long) (sigma[x] * down[x] * scale + 0.5);
                }
                down[x] = 0;
            }
        }
        if (pickU >= 0) {
            // orient the touching edge as (S side, T side)
            int a = (state[pickU] & 3) == FROM_S ? pickU : pickW;
            int b = a == pickU ? pickW : pickU;
            int fromS = recordSize;
            followPredecessors(a, s);
            if (record != null) {
                // recorded from a back to s: turn it round, so the path reads s → … → a, b → … → t
                for (int i = fromS, j = recordSize - 1; i < j; i++, j--) {
                    int x = record[i];
                    record[i] = record[j];
                    record[j] = x;
                }
            }
            followPredecessors(b, t);
        }
        for (int i = 0; i < endS; i++) {
            state[visitedS[i]] = NONE;
        }
        for (int i = 0; i < endT; i++) {
            state[visitedT[i]] = NONE;
        }
    }

    /** Room for {@code need} further predecessors, grown by doubling (kept for the following samples). */
    private void room(long need) {
        if (need <= morePred.length) {
            return;
        }
        long size = morePred.length;
        while (size < need) {
            size *= 2;
        }
        int length = (int) Math.min(size, Integer.MAX_VALUE - 8);
        morePred = Arrays.copyOf(morePred, length);
        moreNext = Arrays.copyOf(moreNext, length);
    }

    /**
     * All paths: sums down backwards over the shortest-path DAG from where the searches touched, the DAG list used as a
     * queue — the touching vertices of both sides first, then their predecessors one level lower on each side, and so
     * on, so that down(x) is complete when x is taken — and appends each predecessor reached: the first one and those
     * in the vertex's list.
     *
     * @return the DAG list's size
     */
    private int walkBack(int dagSize, int s, int t) {
        for (int i = 0; i < dagSize; i++) {
            int x = dag[i];
            int p = pred[x];
            if (x == s || x == t || p == s || p == t) {
                // an end, or next to one: its only predecessor is the end, which is not counted
                continue;
            }
            double dx = down[x];
            if (down[p] == 0) {
                dag[dagSize++] = p;
            }
            down[p] += dx;
            for (int j = moreHead[x]; j >= 0; j = moreNext[j]) {
                int q = morePred[j];
                if (down[q] == 0) {
                    dag[dagSize++] = q;
                }
                down[q] += dx;
            }
        }
        return dagSize;
    }

    /** One path: counts v and its predecessors back to the search's origin, origin excluded. */
    private void followPredecessors(int v, int origin) {
        while (v != origin) {
            counts[v] += UNIT;
            append(v);
            v = pred[v];
        }
    }
}
