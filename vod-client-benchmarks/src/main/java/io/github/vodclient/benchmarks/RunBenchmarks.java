package io.github.vodclient.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite — the JMH benchmarks with the GC profiler, the DynamoDB read check and the cold-start
 * launches — and writes {@code jmh-result.json}, {@code summary.json} and {@code summary.md} (the table, also
 * printed).
 *
 * <pre>
 * java -jar vod-client-benchmarks/target/benchmarks.jar [--forks 3] [--warmup 5] [--iterations 5] [--time 1]
 *      [--presign-warmup 20] [--launches 20] [--include REGEX] [--out DIR]
 * </pre>
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Map<String, String> o = options(args);
        int forks = Integer.parseInt(o.getOrDefault("forks", "3"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        int iterations = Integer.parseInt(o.getOrDefault("iterations", "5"));
        int seconds = Integer.parseInt(o.getOrDefault("time", "1"));
        int launches = Integer.parseInt(o.getOrDefault("launches", "20"));
        String include = o.getOrDefault("include", "io\\.github\\.vodclient\\.benchmarks\\..*Benchmark\\..*");
        Path out = Path.of(o.getOrDefault("out", defaultOut().toString()));
        Files.createDirectories(out);

        // The SDK's presign path needs 10-15 s of warm-up to reach steady state (measured: 400 us/op in the first
        // seconds, 20 us/op after), so the presign benchmarks run on their own with a longer warm-up.
        int presignWarmup = Integer.parseInt(o.getOrDefault("presign-warmup", "20"));
        Collection<RunResult> results = new ArrayList<>();
        try {
            results.addAll(new Runner(options(include, forks, warmup, iterations, seconds)
                    .exclude("PresignBenchmark").result(out.resolve("jmh-result.json").toString()).build()).run());
        } catch (NoBenchmarksException onlyPresign) {
            // --include selected the presign benchmarks alone
        }
        if (Pattern.compile(include).matcher(PresignBenchmark.class.getName() + ".presign_ours").find()) {
            results.addAll(new Runner(options("PresignBenchmark\\.", forks, presignWarmup, iterations, seconds)
                    .result(out.resolve("jmh-result-presign.json").toString()).build()).run());
        }
        Measured m = new Measured(results);

        HandleBenchmark.LookupReport lookup = launches > 0 || include.contains("Handle")
                ? HandleBenchmark.lookupReport() : null;
        ColdStart.Result cold = launches > 0 ? ColdStart.measure(launches) : null;

        ResultTable table = Summary.table(m, lookup, cold);
        table.note(String.format("JMH: %d forks x %d x %ds measured after %d x %ds warm-up (presign: %d x %ds);"
                + " scores are means ± 99.9%% CI half-width; ratio = ours / anchor, its error propagated from both."
                + " Machine: %d CPUs, %s %s.", forks, iterations, seconds, warmup, seconds, presignWarmup, seconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version")));
        String markdown = table.markdown();
        Files.writeString(out.resolve("summary.md"), markdown);
        try (Writer writer = Files.newBufferedWriter(out.resolve("summary.json"))) {
            table.writeJson(writer);
        }
        System.out.println();
        System.out.println(markdown);
        System.out.println("Results: " + out.toAbsolutePath());
    }

    private static ChainedOptionsBuilder options(String include, int forks, int warmup, int iterations,
            int seconds) {
        return new OptionsBuilder().include(include)
                .forks(forks).warmupIterations(warmup).measurementIterations(iterations)
                .warmupTime(TimeValue.seconds(seconds)).measurementTime(TimeValue.seconds(seconds))
                .timeUnit(TimeUnit.MICROSECONDS).shouldFailOnError(true)
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> known = List.of("forks", "warmup", "iterations", "time", "presign-warmup", "launches",
                "include", "out");
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!known.contains(name) || i + 1 == args.length) {
                System.err.println("usage: java -jar benchmarks.jar [--forks N] [--warmup N] [--iterations N] "
                        + "[--time SECONDS] [--presign-warmup N] [--launches N] [--include REGEX] [--out DIR]");
                System.exit(2);
            }
            options.put(name, args[++i]);
        }
        return options;
    }

    /** {@code benchmark-results/} next to benchmarks.jar (that is, in target/). */
    private static Path defaultOut() {
        try {
            Path jar = Path.of(RunBenchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.resolveSibling("benchmark-results");
        } catch (URISyntaxException e) {
            return Path.of("benchmark-results");
        }
    }
}
