package org.entitas.render;

import java.util.List;
import java.util.Random;

/**
 * Places the nodes of a graph in the unit square by Fruchterman and Reingold's force-directed method: nodes
 * repel one another, edges pull their ends together in proportion to their weight, and the moves shrink
 * as the layout cools. The start is drawn from a fixed seed, so the same graph always gets the same picture.
 */
final class ForceLayout {

    /** An edge between nodes {@code a} and {@code b} (indices) and how strongly it pulls. */
    record Link(int a, int b, double weight) {
    }

    private ForceLayout() {
    }

    /**
     * Lays out {@code n} nodes.
     *
     * @return {@code [x, y]} per node, each in [0, 1]
     */
    static double[][] layout(int n, List<Link> links, int iterations) {
        double[][] pos = new double[n][2];
        Random random = new Random(20261125L);
        for (double[] p : pos) {
            p[0] = random.nextDouble();
            p[1] = random.nextDouble();
        }
        if (n < 2) {
            for (double[] p : pos) {
                p[0] = 0.5;
                p[1] = 0.5;
            }
            return pos;
        }
        double k = Math.sqrt(1.0 / n);
        double maxWeight = links.stream().mapToDouble(Link::weight).max().orElse(1);
        double temperature = 0.1;
        double[][] move = new double[n][2];
        for (int it = 0; it < iterations; it++) {
            for (double[] m : move) {
                m[0] = 0;
                m[1] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = pos[i][0] - pos[j][0];
                    double dy = pos[i][1] - pos[j][1];
                    double d2 = Math.max(dx * dx + dy * dy, 1e-6);
                    double f = k * k / d2;
                    move[i][0] += dx * f;
                    move[i][1] += dy * f;
                    move[j][0] -= dx * f;
                    move[j][1] -= dy * f;
                }
            }
            for (Link l : links) {
                double dx = pos[l.a()][0] - pos[l.b()][0];
                double dy = pos[l.a()][1] - pos[l.b()][1];
                double d = Math.max(Math.sqrt(dx * dx + dy * dy), 1e-3);
                double f = d / k * (0.3 + 0.7 * Math.log1p(l.weight()) / Math.log1p(maxWeight));
                move[l.a()][0] -= dx * f;
                move[l.a()][1] -= dy * f;
                move[l.b()][0] += dx * f;
                move[l.b()][1] += dy * f;
            }
            for (int i = 0; i < n; i++) {
                // a weak pull to the centre keeps unlinked nodes from drifting away
                move[i][0] += (0.5 - pos[i][0]) * 0.5 / k;
                move[i][1] += (0.5 - pos[i][1]) * 0.5 / k;
                double len = Math.max(Math.hypot(move[i][0], move[i][1]), 1e-9);
                double step = Math.min(len, temperature);
                pos[i][0] += move[i][0] / len * step;
                pos[i][1] += move[i][1] / len * step;
            }
            temperature = Math.max(0.002, temperature * 0.985);
        }
        normalise(pos);
        return pos;
    }

    /** Scales the positions to fill [0, 1] on both axes. */
    private static void normalise(double[][] pos) {
        for (int axis = 0; axis < 2; axis++) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (double[] p : pos) {
                min = Math.min(min, p[axis]);
                max = Math.max(max, p[axis]);
            }
            double span = max - min;
            for (double[] p : pos) {
                p[axis] = span < 1e-9 ? 0.5 : (p[axis] - min) / span;
            }
        }
    }
}
