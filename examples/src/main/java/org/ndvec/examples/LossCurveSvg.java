package org.ndvec.examples;

import java.util.Locale;

/**
 * A loss curve as an SVG picture, written as plain text so that the examples need no plotting
 * library: one polyline of the loss after each epoch, axes from 0 with labelled ticks. Any browser
 * shows the file.
 */
final class LossCurveSvg {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private LossCurveSvg() {
    }

    /** The x coordinate of epoch {@code e} (1-based) of {@code epochs}. */
    static double x(int e, int epochs) {
        double plot = WIDTH - LEFT - RIGHT;
        return LEFT + (epochs == 1 ? plot / 2 : plot * (e - 1) / (epochs - 1));
    }

    /** The y coordinate of a loss on an axis from 0 to {@code top}. */
    static double y(double loss, double top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - loss / top);
    }

    /**
     * The picture of {@code losses[e]}, the loss after epoch {@code e + 1}.
     *
     * @param losses one finite, non-negative loss per epoch, at least one
     * @param title  the line above the plot
     * @return the SVG document
     */
    static String svg(double[] losses, String title) {
        if (losses.length == 0) {
            throw new IllegalArgumentException("no epoch to draw");
        }
        double max = 0;
        for (double l : losses) {
            if (!(l >= 0) || Double.isInfinite(l)) {
                throw new IllegalArgumentException("a loss to draw must be finite and non-negative: " + l);
            }
            max = Math.max(max, l);
        }
        double step = niceStep(max);
        double top = Math.max(step, Math.ceil(max / step) * step);
        int n = losses.length;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" text-anchor=\"middle\" font-size=\"14\">%s</text>%n",
                WIDTH / 2, escape(title)));
        // y axis: ticks at multiples of the step, with horizontal grid lines
        for (int k = 0; k * step <= top + step / 1e6; k++) {
            double v = k * step;
            double yy = y(v, top);
            s.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.2f\" x2=\"%d\" y2=\"%.2f\" stroke=\"#dddddd\"/>%n", LEFT, yy, WIDTH - RIGHT, yy));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.2f\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 6, yy + 4, trim(v)));
        }
        // x axis: ticks at round epochs, 4 to 10 of them
        int every = Math.max(1, (int) niceStep(n));
        for (int e = every; e <= n; e += every) {
            double xx = x(e, n);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"black\"/>%n",
                    xx, HEIGHT - BOTTOM, xx, HEIGHT - BOTTOM + 5));
            s.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                    xx, HEIGHT - BOTTOM + 18, e));
        }
        s.append(String.format(Locale.ROOT,
                "<polyline fill=\"none\" stroke=\"black\" points=\"%d,%d %d,%d %d,%d\"/>%n",
                LEFT, TOP, LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">epoch</text>%n",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12));
        s.append(String.format(Locale.ROOT,
                "<text x=\"18\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 18 %d)\">training loss</text>%n",
                (TOP + HEIGHT - BOTTOM) / 2, (TOP + HEIGHT - BOTTOM) / 2));
        s.append("<polyline id=\"loss\" fill=\"none\" stroke=\"#2a7ab0\" stroke-width=\"2\" points=\"");
        for (int e = 1; e <= n; e++) {
            s.append(String.format(Locale.ROOT, e > 1 ? " %.2f,%.2f" : "%.2f,%.2f", x(e, n), y(losses[e - 1], top)));
        }
        s.append("\"/>\n</svg>\n");
        return s.toString();
    }

    /** 1, 2 or 5 times a power of ten: the tick step that cuts {@code range} into 4 to 10 parts. */
    static double niceStep(double range) {
        if (range <= 0) {
            return 1;
        }
        double raw = range / 5;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / pow;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * pow;
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
