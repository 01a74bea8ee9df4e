package io.github.vodclient.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary: one row per comparison, ours against its anchor, each pair measured side by side (alternating forks
 * of one round, or alternating launches), with the median of the per-pair ratios and their spread.
 */
final class ResultTable {

    /** One comparison; {@code maxRatio} is the target (NaN: report only). */
    record Row(String what, String anchorName, Series ours, Series anchor, double maxRatio, String note) {

        Series ratios() {
            return Series.ratios(ours, anchor);
        }

        /**
         * {@code met} when every pair is within the target, {@code MISSED} when none is, otherwise the median
         * decides and the verdict says that the spread straddles the target.
         */
        String verdict() {
            Series r = ratios();
            if (r.size() == 0 || Double.isNaN(r.median())) {
                return "n/a";
            }
            if (Double.isNaN(maxRatio)) {
                return "report";
            }
            if (r.max() <= maxRatio) {
                return "met";
            }
            if (r.min() > maxRatio) {
                return "MISSED";
            }
            return (r.median() <= maxRatio ? "met" : "MISSED") + " by the median (spread straddles the target)";
        }

        String target() {
            return Double.isNaN(maxRatio) ? "report" : String.format("≤ %.2fx", maxRatio);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Adds a row, unless neither side was measured (a run with {@code --include}). */
    void add(Row row) {
        if (row.ours().size() > 0 || row.anchor().size() > 0) {
            rows.add(row);
        }
    }

    void note(String note) {
        notes.add(note);
    }

    String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("| what | ours | anchor | ratio: median [min–max] of n pairs | target | verdict |\n");
        s.append("|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            Series ratios = r.ratios();
            String ratio = ratios.size() == 0 ? "n/a" : String.format("**%.2fx** [%.2f–%.2f] n=%d",
                    ratios.median(), ratios.min(), ratios.max(), ratios.size());
            s.append(String.format("| %s | %s | %s: %s | %s | %s | %s |%n", r.what(), r.ours().format(),
                    r.anchorName(), r.anchor().format(), ratio, r.target(),
                    r.verdict() + (r.note().isEmpty() ? "" : "; " + r.note())));
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
                series(g, "ours", r.ours());
                series(g, "anchorScores", r.anchor());
                series(g, "ratios", r.ratios());
                number(g, "medianRatio", r.ratios().median());
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

    private static void series(JsonGenerator g, String name, Series series) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("unit", series.unit());
        number(g, "median", series.median());
        g.writeArrayFieldStart("perPair");
        for (double v : series.values()) {
            g.writeNumber(v);
        }
        g.writeEndArray();
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
