package io.github.vodclient.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The summary: one row per comparison, ours against its anchor measured in the same run, with the ratio. */
final class ResultTable {

    /** One comparison; {@code maxRatio} is the target (NaN: report only). */
    record Row(String what, String anchorName, Measured.Score ours, Measured.Score anchor, double maxRatio,
            String note) {

        double ratio() {
            return ours.value() / anchor.value();
        }

        /** The ratio's uncertainty from both scores' errors (first-order propagation). */
        double ratioError() {
            double r = ratio();
            return r * Math.hypot(ours.error() / ours.value(), anchor.error() / anchor.value());
        }

        String verdict() {
            if (Double.isNaN(ratio())) {
                return "n/a";
            }
            if (Double.isNaN(maxRatio)) {
                return "report";
            }
            if (Double.isNaN(ratioError())) {
                return (ratio() <= maxRatio ? "met" : "MISSED") + " (one sample: no error estimate)";
            }
            if (ratio() + ratioError() <= maxRatio) {
                return "met";
            }
            return ratio() - ratioError() > maxRatio ? "MISSED" : "within error";
        }

        String target() {
            return Double.isNaN(maxRatio) ? "report" : String.format("≤ %.2fx", maxRatio);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
    }

    void note(String note) {
        notes.add(note);
    }

    String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("| what | ours | anchor (same run) | ratio | target | verdict |\n");
        s.append("|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append(String.format("| %s | %s | %s: %s | %s | %s | %s |%n", r.what(), r.ours().format(),
                    r.anchorName(), r.anchor().format(),
                    Double.isNaN(r.ratio()) ? "n/a" : String.format("%.2fx ± %.2f", r.ratio(), r.ratioError()),
                    r.target(), r.verdict() + (r.note().isEmpty() ? "" : "; " + r.note())));
        }
        for (String note : notes) {
            s.append('\n').append(note).append('\n');
        }
        return s.toString();
    }

    void writeJson(Writer out) {
        try (JsonGenerator g = Fixtures.JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("comparisons");
            for (Row r : rows) {
                g.writeStartObject();
                g.writeStringField("what", r.what());
                g.writeStringField("anchor", r.anchorName());
                score(g, "ours", r.ours());
                score(g, "anchorScore", r.anchor());
                number(g, "ratio", r.ratio());
                number(g, "ratioError", r.ratioError());
                number(g, "maxRatio", r.maxRatio());
                g.writeStringField("verdict", r.verdict());
                g.writeStringField("note", r.note());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notes");
            for (String note : notes) {
                g.writeString(note);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void score(JsonGenerator g, String name, Measured.Score score) throws IOException {
        g.writeObjectFieldStart(name);
        number(g, "score", score.value());
        number(g, "error", score.error());
        g.writeStringField("unit", score.unit());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isNaN(value)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }
}
