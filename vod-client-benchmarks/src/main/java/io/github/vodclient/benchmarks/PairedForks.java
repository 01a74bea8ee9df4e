package io.github.vodclient.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs each comparison group (ours and its anchors) as paired forks: in every round, each member of the group gets
 * one fresh fork, back to back, in an order that rotates from round to round (ours first, then an anchor first,
 * ...). Load on a shared machine drifts over minutes, not over the seconds between two forks of one round, so the
 * ratio of a round's two forks is far steadier than either score; the summary reports the median of those per-round
 * ratios. Allocation per operation ({@code -prof gc}, {@code gc.alloc.rate.norm}) is recorded from the same forks.
 */
final class PairedForks {

    /**
     * One comparison group: benchmark methods of one class compared with each other, optionally with one JMH
     * parameter fixed ({@code "signatureVersion=1"}); {@code warmup} iterations (presigning needs more).
     */
    record Group(Class<?> benchmark, String param, List<String> methods, int warmup) {
        String key(String method) {
            return benchmark.getSimpleName() + "." + method + (param == null ? "" : ":" + param.split("=")[1]);
        }
    }

    /** How each fork runs. */
    record Settings(int rounds, int warmup, int iterations, int seconds) {
    }

    private final Map<String, List<Double>> time = new HashMap<>();
    private final Map<String, List<Double>> allocation = new HashMap<>();
    private int failures;

    /** Runs the groups whose members' names match {@code include}, {@code settings.rounds()} times each. */
    void run(List<Group> groups, Pattern include, Settings settings) {
        List<Group> selected = groups.stream().filter(g -> g.methods().stream()
                .anyMatch(m -> include.matcher(g.benchmark().getName() + "." + m).find())).toList();
        for (int round = 0; round < settings.rounds(); round++) {
            for (Group group : selected) {
                int n = group.methods().size();
                for (int i = 0; i < n; i++) {
                    String method = group.methods().get((i + round) % n);
                    System.out.printf("%n# round %d of %d: %s%n", round + 1, settings.rounds(), group.key(method));
                    try {
                        record(group.key(method), new Runner(options(group, method, settings).build()).run());
                    } catch (RunnerException e) {
                        // One failed fork (on a loaded machine: a DynamoDB Local call timing out in set-up) costs
                        // its pair, not the run.
                        System.out.printf("# FAILED, this round's pair is left out: %s%n", e.getCause());
                        failures++;
                        record(group.key(method), Double.NaN, Double.NaN);
                    }
                }
            }
        }
    }

    private static ChainedOptionsBuilder options(Group group, String method, Settings settings) {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include("^" + Pattern.quote(group.benchmark().getName() + "." + method) + "$")
                .forks(1).warmupIterations(group.warmup() > 0 ? group.warmup() : settings.warmup())
                .measurementIterations(settings.iterations())
                .warmupTime(TimeValue.seconds(settings.seconds()))
                .measurementTime(TimeValue.seconds(settings.seconds()))
                .timeUnit(TimeUnit.MICROSECONDS).shouldFailOnError(true)
                .addProfiler(GCProfiler.class);
        if (group.param() != null) {
            String[] p = group.param().split("=");
            o = o.param(p[0], p[1]);
        }
        return o;
    }

    private void record(String key, Collection<RunResult> results) {
        if (results.size() != 1) {
            throw new IllegalStateException(key + ": expected one result, got " + results.size());
        }
        RunResult run = results.iterator().next();
        Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
        record(key, run.getPrimaryResult().getScore(), alloc == null ? Double.NaN : alloc.getScore());
    }

    private void record(String key, double microseconds, double bytes) {
        time.computeIfAbsent(key, k -> new ArrayList<>()).add(microseconds);
        allocation.computeIfAbsent(key, k -> new ArrayList<>()).add(bytes);
    }

    /** @return how many forks failed */
    int failures() {
        return failures;
    }

    /** @return the time per operation of each round's fork, in round order */
    Series time(String key) {
        return series(time.get(key), "us/op");
    }

    /** @return the bytes allocated per operation of each round's fork */
    Series allocation(String key) {
        return series(allocation.get(key), "B/op");
    }

    private static Series series(List<Double> values, String unit) {
        if (values == null) {
            return Series.MISSING;
        }
        return new Series(values.stream().mapToDouble(Double::doubleValue).toArray(), unit);
    }
}
