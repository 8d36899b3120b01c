package org.partnershipatlas.analytics.centrality;

import java.util.Arrays;

/**
 * The indices of the largest of a vector of counts, highest first, ties by lower index: a bounded min-heap over the
 * counts, then the few kept sorted. What KADABRA's rule checks and its top-k answer reads.
 *
 * <p>Complexity: O(n log k) time, O(k) memory.
 */
final class TopIndices {
    private TopIndices() {
    }

    /** The indices of the {@code size} largest counts, highest first, ties by lower index. */
    static int[] of(long[] values, int size) {
        if (size <= 0) {
            return new int[0];
        }
        // a min-heap of the best so far, worst at the root
        int[] heap = new int[size];
        int filled = 0;
        for (int v = 0; v < values.length; v++) {
            if (filled < size) {
                heap[filled] = v;
                siftUp(heap, filled++, values);
            } else if (better(v, heap[0], values)) {
                heap[0] = v;
                siftDown(heap, 0, filled, values);
            }
        }
        int[] result = Arrays.copyOf(heap, filled);
        Integer[] boxed = new Integer[filled];
        for (int i = 0; i < filled; i++) {
            boxed[i] = result[i];
        }
        Arrays.sort(boxed, (a, b) -> better(a, b, values) ? -1 : better(b, a, values) ? 1 : 0);
        for (int i = 0; i < filled; i++) {
            result[i] = boxed[i];
        }
        return result;
    }

    private static boolean better(int a, int b, long[] values) {
        return values[a] > values[b] || (values[a] == values[b] && a < b);
    }

    private static void siftUp(int[] heap, int i, long[] values) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (better(heap[parent], heap[i], values)) {
                int t = heap[parent];
                heap[parent] = heap[i];
                heap[i] = t;
                i = parent;
            } else {
                return;
            }
        }
    }

    private static void siftDown(int[] heap, int i, int size, long[] values) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int worst = l;
            if (l + 1 < size && better(heap[l], heap[l + 1], values)) {
                worst = l + 1;
            }
            if (better(heap[i], heap[worst], values)) {
                int t = heap[i];
                heap[i] = heap[worst];
                heap[worst] = t;
                i = worst;
            } else {
                return;
            }
        }
    }
}
