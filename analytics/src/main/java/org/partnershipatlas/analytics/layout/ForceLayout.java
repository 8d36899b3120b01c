package org.partnershipatlas.analytics.layout;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Fruchterman–Reingold force-directed placement (T. Fruchterman and E. Reingold, "Graph drawing by force-directed
 * placement", Software: Practice and Experience 21(11), 1991) with the Barnes–Hut approximation of the repulsive
 * forces (J. Barnes and P. Hut, "A hierarchical O(N log N) force-calculation algorithm", Nature 324, 1986) and a
 * weak pull to the centre so that disconnected parts stay in view (as in ForceAtlas2's gravity).
 *
 * <p>Ideal edge length k = 1: repulsion k²/d between every pair (cells of the quadtree whose width/distance is below
 * θ = 0.8 act as one body at their centre of mass), attraction d²/k along every edge; each move is capped by a
 * temperature that cools linearly. O(I·(n log n + m)) time for I iterations, O(n + m) memory. Deterministic for a
 * given seed and input order.
 *
 * <p>Written here rather than taken from JGraphT: its {@code IndexedFRLayoutAlgorithm2D} throws from its quadtree
 * when a vertex reaches the border of the drawing area (seen on the seed network), and it works on boxed
 * {@code Graph} objects; this works on primitive arrays.
 */
public final class ForceLayout {
    private static final double THETA = 0.8;
    private static final double GRAVITY = 0.12;

    private ForceLayout() {
    }

    /**
     * @param n          number of vertices
     * @param edges      pairs of vertex indices, {@code edges[2i]}–{@code edges[2i+1]}
     * @param iterations cooling steps
     * @param seed       start positions
     * @return {@code [x0, y0, x1, y1, …]}
     */
    public static double[] layout(int n, int[] edges, int iterations, long seed) {
        double[] pos = new double[2 * n];
        if (n == 0) {
            return pos;
        }
        var random = new SplittableRandom(seed);
        double side = Math.sqrt(n) * 1.5;
        for (int i = 0; i < 2 * n; i++) {
            pos[i] = (random.nextDouble() - 0.5) * side;
        }
        double[] disp = new double[2 * n];
        var tree = new QuadTree(n);
        double t0 = side / 10;
        for (int it = 0; it < iterations; it++) {
            Arrays.fill(disp, 0);
            tree.build(pos, n);
            for (int v = 0; v < n; v++) {
                tree.repulse(v, pos, disp);
                disp[2 * v] -= GRAVITY * pos[2 * v];
                disp[2 * v + 1] -= GRAVITY * pos[2 * v + 1];
            }
            for (int e = 0; e + 1 < edges.length; e += 2) {
                int u = edges[e];
                int v = edges[e + 1];
                double dx = pos[2 * u] - pos[2 * v];
                double dy = pos[2 * u + 1] - pos[2 * v + 1];
                double d = Math.sqrt(dx * dx + dy * dy);
                // d²/k along the edge, direction dx/d: d·dx
                disp[2 * u] -= d * dx;
                disp[2 * u + 1] -= d * dy;
                disp[2 * v] += d * dx;
                disp[2 * v + 1] += d * dy;
            }
            double temperature = t0 * (1 - (double) it / iterations) + 0.01;
            for (int v = 0; v < n; v++) {
                double dx = disp[2 * v];
                double dy = disp[2 * v + 1];
                double length = Math.sqrt(dx * dx + dy * dy);
                if (length > 0) {
                    double step = Math.min(length, temperature) / length;
                    pos[2 * v] += dx * step;
                    pos[2 * v + 1] += dy * step;
                }
            }
        }
        return pos;
    }

    /** A Barnes–Hut quadtree over points, in flat arrays reused between iterations. */
    private static final class QuadTree {
        private static final int NONE = -1;
        private static final int MAX_DEPTH = 40;
        private int size;
        private double[] cx = new double[0];
        private double[] cy = new double[0];
        private double[] half = new double[0];
        private double[] mass = new double[0];
        private double[] mx = new double[0];
        private double[] my = new double[0];
        /** First of four children, or NONE for a leaf. */
        private int[] child = new int[0];
        /** The single point of a leaf, NONE if empty or an aggregate of coincident points. */
        private int[] point = new int[0];
        private final int[] stack = new int[4 * MAX_DEPTH + 8];

        QuadTree(int n) {
            grow(4 * n + 16);
        }

        private void grow(int capacity) {
            cx = Arrays.copyOf(cx, capacity);
            cy = Arrays.copyOf(cy, capacity);
            half = Arrays.copyOf(half, capacity);
            mass = Arrays.copyOf(mass, capacity);
            mx = Arrays.copyOf(mx, capacity);
            my = Arrays.copyOf(my, capacity);
            child = Arrays.copyOf(child, capacity);
            point = Arrays.copyOf(point, capacity);
        }

        private int newCell(double x, double y, double h) {
            if (size + 1 > cx.length) {
                grow(cx.length * 2);
            }
            int c = size++;
            cx[c] = x;
            cy[c] = y;
            half[c] = h;
            mass[c] = 0;
            mx[c] = 0;
            my[c] = 0;
            child[c] = NONE;
            point[c] = NONE;
            return c;
        }

        void build(double[] pos, int n) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int v = 0; v < n; v++) {
                minX = Math.min(minX, pos[2 * v]);
                maxX = Math.max(maxX, pos[2 * v]);
                minY = Math.min(minY, pos[2 * v + 1]);
                maxY = Math.max(maxY, pos[2 * v + 1]);
            }
            size = 0;
            double h = Math.max(maxX - minX, maxY - minY) / 2 + 1e-9;
            int root = newCell((minX + maxX) / 2, (minY + maxY) / 2, h * 1.0001);
            for (int v = 0; v < n; v++) {
                insert(root, v, pos[2 * v], pos[2 * v + 1], pos, 0);
            }
        }

        private void insert(int cell, int v, double x, double y, double[] pos, int depth) {
            while (true) {
                // centre of mass on the way down
                mx[cell] = (mx[cell] * mass[cell] + x) / (mass[cell] + 1);
                my[cell] = (my[cell] * mass[cell] + y) / (mass[cell] + 1);
                mass[cell] += 1;
                if (child[cell] == NONE) {
                    if (mass[cell] == 1) {
                        point[cell] = v;
                        return;
                    }
                    if (depth >= MAX_DEPTH) {
                        point[cell] = NONE;   // coincident points: an aggregate leaf
                        return;
                    }
                    int old = point[cell];
                    point[cell] = NONE;
                    split(cell);
                    if (old != NONE) {
                        int q = quadrant(cell, pos[2 * old], pos[2 * old + 1]);
                        int c = child[cell] + q;
                        mx[c] = pos[2 * old];
                        my[c] = pos[2 * old + 1];
                        mass[c] = 1;
                        point[c] = old;
                    }
                }
                cell = child[cell] + quadrant(cell, x, y);
                depth++;
            }
        }

        private void split(int cell) {
            double h = half[cell] / 2;
            double x = cx[cell];
            double y = cy[cell];
            int first = newCell(x - h, y - h, h);
            newCell(x + h, y - h, h);
            newCell(x - h, y + h, h);
            newCell(x + h, y + h, h);
            child[cell] = first;
        }

        private int quadrant(int cell, double x, double y) {
            return (x >= cx[cell] ? 1 : 0) + (y >= cy[cell] ? 2 : 0);
        }

        /** Adds the repulsion on v from every other point (k = 1: force 1/d along the separation). */
        void repulse(int v, double[] pos, double[] disp) {
            double x = pos[2 * v];
            double y = pos[2 * v + 1];
            int top = 0;
            stack[top++] = 0;
            double fx = 0;
            double fy = 0;
            while (top > 0) {
                int c = stack[--top];
                if (mass[c] == 0 || point[c] == v && child[c] == NONE) {
                    continue;
                }
                double dx = x - mx[c];
                double dy = y - my[c];
                double d2 = dx * dx + dy * dy;
                if (child[c] == NONE || (2 * half[c]) * (2 * half[c]) < THETA * THETA * d2) {
                    if (d2 < 1e-12) {
                        // coincident: push apart in a fixed direction that depends on v
                        dx = 1e-3 * ((v % 7) - 3);
                        dy = 1e-3 * ((v % 5) - 2);
                        d2 = dx * dx + dy * dy + 1e-12;
                    }
                    double m = mass[c];
                    fx += m * dx / d2;
                    fy += m * dy / d2;
                } else {
                    int first = child[c];
                    stack[top++] = first;
                    stack[top++] = first + 1;
                    stack[top++] = first + 2;
                    stack[top++] = first + 3;
                }
            }
            disp[2 * v] += fx;
            disp[2 * v + 1] += fy;
        }
    }
}
