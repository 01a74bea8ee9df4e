package io.github.vodclient.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs the whole suite — the JMH benchmarks as paired forks with the GC profiler, the DynamoDB call counts and the
 * cold-start launches — and writes {@code summary.json} and {@code summary.md} (the ratio table, also printed).
 *
 * <pre>
 * java -jar vod-client-benchmarks/target/benchmarks.jar [--rounds 3] [--warmup 3] [--iterations 3] [--time 1]
 *      [--presign-warmup 15] [--launches 10] [--include REGEX] [--out DIR]
 * </pre>
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = options(args);
        PairedForks.Settings settings = new PairedForks.Settings(Integer.parseInt(o.getOrDefault("rounds", "3")),
                Integer.parseInt(o.getOrDefault("warmup", "3")), Integer.parseInt(o.getOrDefault("iterations", "3")),
                Integer.parseInt(o.getOrDefault("time", "1")));
        int launches = Integer.parseInt(o.getOrDefault("launches", "10"));
        // The SDK's presign path needs 10-15 s of warm-up to reach steady state (measured: 400 us/op in the first
        // seconds, 20 us/op after), so the presign forks get a longer warm-up.
        int presignWarmup = Integer.parseInt(o.getOrDefault("presign-warmup", "15"));
        String include = o.getOrDefault("include", ".*");
        Path out = Path.of(o.getOrDefault("out", defaultOut().toString()));
        Files.createDirectories(out);

        long start = System.nanoTime();
        String loadAtStart = loadAverage();
        // The call counts first: they take seconds, and a failure there should not wait for the forks.
        boolean dynamoDb = launches > 0 || include.contains("Handle");
        HandleBenchmark.LookupReport lookup = dynamoDb ? HandleBenchmark.lookupReport() : null;
        List<String> batchCalls = dynamoDb ? SqsBatchCalls.operations() : null;
        PairedForks forks = new PairedForks();
        forks.run(Summary.groups(presignWarmup), Pattern.compile(include), settings);
        ColdStart.Result cold = launches > 0 ? ColdStart.measure(launches) : null;

        ResultTable table = Summary.table(forks, lookup, batchCalls, cold);
        table.note(String.format("Paired forks: %d rounds; in each round every benchmark of a group runs in its own"
                + " fork, back to back, in an order that rotates from round to round; %d x %ds measured after %d x %ds"
                + " of warm-up (presign: %d x %ds). Scores: median [min–max] over the rounds of each fork's mean;"
                + " ratio: median [min–max] of the per-round ratios ours / anchor. Cold start: %d launches of each,"
                + " interleaved. Failed forks (pairs left out): %d. Machine: %d CPUs, %s %s; load average %s at"
                + " the start, %s at the end; %.0f minutes.", settings.rounds(), settings.iterations(),
                settings.seconds(), settings.warmup(), settings.seconds(), presignWarmup, settings.seconds(), launches,
                forks.failures(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), loadAtStart, loadAverage(), (System.nanoTime() - start) / 60e9));
        String markdown = table.markdown();
        Files.writeString(out.resolve("summary.md"), markdown);
        try (Writer writer = Files.newBufferedWriter(out.resolve("summary.json"))) {
            table.writeJson(writer);
        }
        System.out.println();
        System.out.println(markdown);
        System.out.println("Results: " + out.toAbsolutePath());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> known = List.of("rounds", "warmup", "iterations", "time", "presign-warmup", "launches",
                "include", "out");
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!known.contains(name) || i + 1 == args.length) {
                System.err.println("usage: java -jar benchmarks.jar [--rounds N] [--warmup N] [--iterations N] "
                        + "[--time SECONDS] [--presign-warmup N] [--launches N] [--include REGEX] [--out DIR]");
                System.exit(2);
            }
            options.put(name, args[++i]);
        }
        return options;
    }

    /** The one-minute load average (Linux), which says how shared the machine was; "n/a" elsewhere. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
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
