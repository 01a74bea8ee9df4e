package io.github.vodclient.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** JMH results by short name ({@code ParseBenchmark.lambdaSns_ours}, {@code VerifyBenchmark.verify_ours:2}). */
final class Measured {
    /** A score and the half-width of its 99.9% confidence interval, as JMH reports them. */
    record Score(double value, double error, String unit) {
        static final Score MISSING = new Score(Double.NaN, Double.NaN, "");

        String format() {
            if (Double.isNaN(value)) {
                return "n/a";
            }
            return String.format("%s ± %s %s", number(value), number(error), unit);
        }

        private static String number(double v) {
            if (Math.abs(v) >= 100) {
                return String.format("%.0f", v);
            }
            return Math.abs(v) >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
        }
    }

    private final Map<String, Score> time = new LinkedHashMap<>();
    private final Map<String, Score> allocation = new LinkedHashMap<>();

    Measured(Collection<RunResult> results) {
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            for (String param : run.getParams().getParamsKeys()) {
                name += ":" + run.getParams().getParam(param);
            }
            Result<?> primary = run.getPrimaryResult();
            time.put(name, new Score(primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
            Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
            if (alloc != null) {
                allocation.put(name, new Score(alloc.getScore(), alloc.getScoreError(), "B/op"));
            }
        }
    }

    Score time(String name) {
        return time.getOrDefault(name, Score.MISSING);
    }

    Score allocation(String name) {
        return allocation.getOrDefault(name, Score.MISSING);
    }
}
