package org.partnershipatlas.analytics.centrality;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One thread's sampler for {@link KadabraBetweenness}: for a pair (s, t) it draws one shortest path uniformly by a
 * balanced bidirectional breadth-first search and counts the vertices strictly inside it. Every array is sized to
 * the graph once; a sample allocates nothing and resets only what it touched.
 *
 * <p>Search: the side whose frontier has the smaller degree sum expands one whole level at a time until the two
 * searches touch (Borassi and Natale 2016, §5). The ties where they touch, each weighted by σ_s(u)·σ_t(w), are
 * collected; one is drawn in proportion, and the path is walked back to both ends, each step choosing a predecessor
 * x with probability σ(x)/σ(v). A step looks for the predecessors of v among whichever is shorter: v's neighbours
 * (kept if one level nearer the origin), or the vertices of that level (kept if adjacent to v, by binary search in
 * v's sorted neighbours) — on networks with hubs a path mostly runs through hubs whose thousands of ties the first
 * way would scan at every step, while the levels next to the origin hold a handful of vertices; the step from level 1
 * to the origin needs no search at all.
 *
 * <p>Vertex state is one byte per vertex and σ. The byte ({@code mark}) is 0 for a vertex not reached, else its
 * level modulo 4 plus 1, positive on s's side and negative on t's: the searches only ever compare a vertex with its
 * neighbours, whose levels differ by at most one, so four residues tell the levels apart — and a byte per vertex
 * keeps the array the searches probe at random (100 kB for 100,000 vertices) in the processor's cache. Each side's
 * visit list is in level order with the start of every level kept, so the levels double as the predecessor
 * candidates.
 */
final class KadabraSampler {
    /** A binary search costs about this many neighbour checks; the walk picks the cheaper way by it. */
    private static final int SEARCH_COST = 16;

    private final int n;
    private final int[] offsets;
    private final int[] targets;
    private final int[] component;
    private final byte[] mark;
    private final double[] sigma;
    private final int[] visitedS;
    private final int[] visitedT;
    private int[] levelsS = new int[32];
    private int[] levelsT = new int[32];
    private int[] touchU = new int[64];
    private int[] touchW = new int[64];
    /** The sums of this worker: how many sampled paths had each vertex strictly inside. */
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
     * @param recording whether {@link #batch} returns its samples
     */
    KadabraSampler(int[] offsets, int[] targets, int[] component, boolean recording) {
        this.n = offsets.length - 1;
        this.offsets = offsets;
        this.targets = targets;
        this.component = component;
        this.mark = new byte[n];
        this.sigma = new double[n];
        this.visitedS = new int[n];
        this.visitedT = new int[n];
        this.counts = new long[n];
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

    /** One sample of the pair (s, t): a uniform shortest path counted, if they are connected. */
    void sample(int s, int t, SplittableRandom random) {
        int start = recordSize;
        append(s);
        append(t);
        append(-1);
        if (component[s] == component[t]) {
            samplePath(s, t, random);
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

    private void samplePath(int s, int t, SplittableRandom random) {
        final int[] offsets = this.offsets;
        final int[] targets = this.targets;
        final byte[] mark = this.mark;
        final double[] sigma = this.sigma;
        visitedS[0] = s;
        visitedT[0] = t;
        mark[s] = code(1, 0);
        mark[t] = code(-1, 0);
        sigma[s] = 1;
        sigma[t] = 1;
        // levels[l] is where level l starts in the side's visit list, levels[depth + 1] where the frontier ends
        int depthS = 0;
        int depthT = 0;
        levelsS[0] = 0;
        levelsS[1] = 1;
        levelsT[0] = 0;
        levelsT[1] = 1;
        int endS = 1;
        int endT = 1;
        long degreeS = offsets[s + 1] - offsets[s];
        long degreeT = offsets[t + 1] - offsets[t];
        int touches = 0;
        double paths = 0;
        while (true) {
            boolean expandS = degreeS <= degreeT;
            int[] visited = expandS ? visitedS : visitedT;
            int[] levels = expandS ? levelsS : levelsT;
            int depth = expandS ? depthS : depthT;
            int sign = expandS ? 1 : -1;
            int begin = levels[depth];
            int end = levels[depth + 1];
            byte next = code(sign, depth + 1);
            long degreeNext = 0;
            int tail = end;
            int i = begin;
            // discovery: until the searches touch, new vertices join the next level
            for (; i < end && touches == 0; i++) {
                int u = visited[i];
                double su = sigma[u];
                for (int e = offsets[u], stop = offsets[u + 1]; e < stop; e++) {
                    int w = targets[e];
                    int mw = mark[w];
                    if (mw == 0) {
                        mark[w] = next;
                        sigma[w] = su;
                        visited[tail++] = w;
                        degreeNext += offsets[w + 1] - offsets[w];
                    } else if (mw == next) {
                        sigma[w] += su;
                    } else if ((mw ^ sign) < 0) {
                        // the searches touch: u–w lies on a shortest s–t path (w is on the other side's frontier)
                        paths += touch(u, w, touches++) * su;
                    }
                }
            }
            // the rest of the level: only the touching ties (the next level is never used)
            for (; i < end; i++) {
                int u = visited[i];
                double su = sigma[u];
                for (int e = offsets[u], stop = offsets[u + 1]; e < stop; e++) {
                    int w = targets[e];
                    if ((mark[w] ^ sign) < 0 && mark[w] != 0) {
                        paths += touch(u, w, touches++) * su;
                    }
                }
            }
            if (expandS) {
                endS = tail;
                degreeS = degreeNext;
            } else {
                endT = tail;
                degreeT = degreeNext;
            }
            if (touches > 0 || tail == end) {
                // (tail == end cannot happen for s, t in one component; kept so a bad component array cannot loop)
                break;
            }
            if (expandS) {
                levelsS = level(levelsS, ++depthS, tail);
            } else {
                levelsT = level(levelsT, ++depthT, tail);
            }
        }
        if (touches > 0) {
            // one touching tie in proportion to σ_s·σ_t: a uniform shortest path's middle tie
            double r = random.nextDouble() * paths;
            int pick = touches - 1;
            for (int i = 0; i < touches; i++) {
                r -= sigma[touchU[i]] * sigma[touchW[i]];
                if (r < 0) {
                    pick = i;
                    break;
                }
            }
            int a = mark[touchU[pick]] > 0 ? touchU[pick] : touchW[pick];
            int b = a == touchU[pick] ? touchW[pick] : touchU[pick];
            int fromS = recordSize;
            // the touching tie joins the two frontiers: a at level depthS of s's search, b at depthT of t's
            walkBack(a, depthS, 1, visitedS, levelsS, random);
            if (record != null) {
                // recorded from a back to s: turn it round, so the path reads s → … → a, b → … → t
                for (int i = fromS, j = recordSize - 1; i < j; i++, j--) {
                    int x = record[i];
                    record[i] = record[j];
                    record[j] = x;
                }
            }
            walkBack(b, depthT, -1, visitedT, levelsT, random);
        }
        for (int i = 0; i < endS; i++) {
            mark[visitedS[i]] = 0;
        }
        for (int i = 0; i < endT; i++) {
            mark[visitedT[i]] = 0;
        }
    }

    /** The mark of a vertex at {@code level} on the side of {@code sign} (1: s's, −1: t's). */
    private static byte code(int sign, int level) {
        return (byte) (sign * (1 + (level & 3)));
    }

    /** Keeps the touching tie u–w (w on the other side); returns σ of w, for the caller to weigh by σ of u. */
    private double touch(int u, int w, int index) {
        if (index == touchU.length) {
            touchU = Arrays.copyOf(touchU, 2 * index);
            touchW = Arrays.copyOf(touchW, 2 * index);
        }
        touchU[index] = u;
        touchW[index] = w;
        return sigma[w];
    }

    private static int[] level(int[] levels, int depth, int end) {
        int[] result = depth + 1 < levels.length ? levels : Arrays.copyOf(levels, 2 * levels.length);
        result[depth + 1] = end;
        return result;
    }

    /**
     * Counts v and the vertices of a uniform shortest path from v back to its search's origin, origin excluded: each
     * step picks a predecessor x (one level nearer) with probability σ(x)/σ(v).
     */
    private void walkBack(int v, int level, int sign, int[] visited, int[] levels, SplittableRandom random) {
        final int[] offsets = this.offsets;
        final int[] targets = this.targets;
        final byte[] mark = this.mark;
        final double[] sigma = this.sigma;
        while (level > 0) {
            counts[v]++;
            append(v);
            if (level == 1) {
                // the one vertex of level 0 is the origin
                return;
            }
            byte previous = code(sign, level - 1);
            double r = random.nextDouble() * sigma[v];
            int chosen = -1;
            int from = levels[level - 1];
            int to = levels[level];
            int first = offsets[v];
            int last = offsets[v + 1];
            if ((long) (to - from) * SEARCH_COST < last - first) {
                for (int i = from; i < to; i++) {
                    int x = visited[i];
                    if (Arrays.binarySearch(targets, first, last, x) >= 0) {
                        chosen = x;
                        r -= sigma[x];
                        if (r < 0) {
                            break;
                        }
                    }
                }
            } else {
                for (int e = first; e < last; e++) {
                    int x = targets[e];
                    if (mark[x] == previous) {
                        chosen = x;
                        r -= sigma[x];
                        if (r < 0) {
                            break;
                        }
                    }
                }
            }
            v = chosen;
            level--;
        }
    }
}
