package io.github.vodclient.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * One run: a fresh store, K consumer JVMs on the whole stream (round 1, measured), then rounds of redelivery of
 * every failed delivery until none fails, then the end-state check against the sequential answer.
 */
final class Run {
    /** What every run shares. */
    record Context(DeliveryStream stream, Path streamFile, Path work, int threads, URI jobsEndpoint) {
    }

    private static final int MAX_ROUNDS = 10;

    private final Context context;
    private final Store store;
    private final int consumers;
    private final String fault;
    private double throwRate;
    private double loseRate;
    private Runnable during = () -> { };

    Run(Context context, Store store, int consumers, String fault) {
        this.context = context;
        this.store = store;
        this.consumers = consumers;
        this.fault = fault;
    }

    Run throwRate(double rate) {
        this.throwRate = rate;
        return this;
    }

    /** The share of compare-and-sets that lose without writing (forced contention: the library gives up). */
    Run loseRate(double rate) {
        this.loseRate = rate;
        return this;
    }

    /** Something to do while round 1 runs (the database restart); it may wait for the consumers' progress. */
    Run during(Runnable action) {
        this.during = action;
        return this;
    }

    RunResult execute() throws IOException, InterruptedException {
        store.reset(context.stream().expected.values());
        Set<Integer> pending = new TreeSet<>();
        IntStream.range(0, context.stream().deliveries.size()).forEach(pending::add);
        ConsumerResults first = null;
        int round = 0;
        int redelivered = 0;
        int regressions = 0;
        while (!pending.isEmpty() && round < MAX_ROUNDS) {
            round++;
            ConsumerResults results = round(round, pending, round == 1 ? during : () -> { });
            regressions += results.regressions.size();
            results.regressions.stream().limit(3).forEach(r -> System.out.println("REGRESSION " + r));
            if (!results.failureKinds.isEmpty()) {
                System.out.println("round " + round + ": " + results.failedRecords + " failed records, e.g. "
                        + results.kinds());
            }
            if (round == 1) {
                first = results;
            } else {
                redelivered += pending.size();
            }
            pending = results.failedIndices;
        }
        int wrong = 0;
        List<String> examples = new ArrayList<>();
        for (DeliveryStream.Expected expected : context.stream().expected.values()) {
            Optional<Store.Observed> observed = store.read(expected.videoId());
            DeliveryStream.Job latest = expected.latest();
            boolean right = observed.isPresent()
                    && observed.get().status() == latest.terminal()
                    && observed.get().jobGuid().equals(Optional.of(latest.guid()))
                    && observed.get().jobStartedAt().equals(Optional.of(latest.start()))
                    && expected.allowedHls().contains(observed.get().hlsUrl());
            if (!right) {
                wrong++;
                if (examples.size() < 3) {
                    examples.add(expected.videoId() + ": expected " + latest + ", stored " + observed);
                }
            }
        }
        examples.forEach(e -> System.out.println("WRONG " + e));
        RunResult result = new RunResult(store.name(), consumers, context.threads(), fault, first, round,
                redelivered, pending.size(), wrong, regressions);
        System.out.println(result.row());
        return result;
    }

    private ConsumerResults round(int round, Set<Integer> indices, Runnable duringRound)
            throws IOException, InterruptedException {
        List<List<Integer>> shares = new ArrayList<>();
        for (int k = 0; k < consumers; k++) {
            shares.add(new ArrayList<>());
        }
        int i = 0;
        for (int index : indices) {
            shares.get(i++ % consumers).add(index);
        }
        List<Process> processes = new ArrayList<>();
        List<Path> resultFiles = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int k = 0; k < consumers; k++) {
            Path share = context.work().resolve("share-" + round + "-" + k + ".txt");
            Files.write(share, shares.get(k).stream().map(String::valueOf).toList());
            Path result = context.work().resolve("result-" + System.nanoTime() + "-" + k + ".txt");
            resultFiles.add(result);
            processes.add(new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    LoadConsumer.class.getName(), store.consumerArgument(), context.streamFile().toString(),
                    share.toString(), Integer.toString(context.threads()), context.jobsEndpoint().toString(),
                    Double.toString(throwRate), Double.toString(loseRate), result.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(context.work().resolve("consumer-" + k + ".log").toFile()).start());
        }
        if (round == 1) {
            duringRound.run();
        }
        for (Process p : processes) {
            if (p.waitFor() != 0) {
                throw new IllegalStateException("a consumer exited with " + p.exitValue() + "; see "
                        + context.work());
            }
        }
        return ConsumerResults.read(resultFiles);
    }

    /** The merged result files of one round's consumers. */
    static final class ConsumerResults {
        long started = Long.MAX_VALUE;
        long ended;
        int deliveries;
        long casLost;
        long thrown;
        int giveUps;
        int failedRecords;
        final Set<Integer> failedIndices = new TreeSet<>();
        final Set<String> failureKinds = new LinkedHashSet<>();
        final List<String> regressions = new ArrayList<>();
        final List<Long> latencies = new ArrayList<>();

        static ConsumerResults read(List<Path> files) throws IOException {
            ConsumerResults r = new ConsumerResults();
            for (Path file : files) {
                for (String line : Files.readAllLines(file)) {
                    int space = line.indexOf(' ');
                    String key = line.substring(0, space);
                    String value = line.substring(space + 1);
                    switch (key) {
                        case "started" -> r.started = Math.min(r.started, Long.parseLong(value));
                        case "ended" -> r.ended = Math.max(r.ended, Long.parseLong(value));
                        case "deliveries" -> r.deliveries += Integer.parseInt(value);
                        case "casLost" -> r.casLost += Long.parseLong(value);
                        case "thrown" -> r.thrown += Long.parseLong(value);
                        case "giveUps" -> r.giveUps += Integer.parseInt(value);
                        case "latency" -> r.latencies.add(Long.parseLong(value));
                        case "regression" -> r.regressions.add(value);
                        case "failed" -> {
                            r.failedRecords++;
                            int index = Integer.parseInt(value.substring(0, value.indexOf(' ')));
                            r.failedIndices.add(index);
                            String kind = value.substring(value.indexOf(' ') + 1);
                            r.failureKinds.add(kind.length() > 140 ? kind.substring(0, 140) : kind);
                        }
                        default -> throw new IllegalStateException("unknown result line " + line);
                    }
                }
            }
            r.latencies.sort(null);
            return r;
        }

        double seconds() {
            return (ended - started) / 1000.0;
        }

        double percentileMillis(double p) {
            if (latencies.isEmpty()) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p * latencies.size()) - 1;
            return latencies.get(Math.max(0, i)) / 1e6;
        }

        String kinds() {
            return String.join(" | ", failureKinds.stream().limit(3).toList()).toLowerCase(Locale.ROOT);
        }
    }
}
