package io.github.vodclient.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whole-process timings, the way Lambda pays cold start: launches {@link ColdStartVod}, {@link ColdStartSeed} and
 * {@link ColdStartEmpty} in turn (interleaved, so that load on a shared machine hits all three alike), each in a
 * fresh JVM with the flags the Lambda Java runtime sets ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}), and
 * times each launch from process start to exit.
 */
final class ColdStart {
    static final List<String> LAMBDA_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xshare:auto");

    /** Milliseconds per launch of one main. */
    record Timings(String main, double[] millis) {
        double median() {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        double mean() {
            return Arrays.stream(millis).average().orElse(Double.NaN);
        }

        /** Half-width of a 95% confidence interval of the mean. */
        double error() {
            double mean = mean();
            double var = Arrays.stream(millis).map(x -> (x - mean) * (x - mean)).sum() / (millis.length - 1);
            return 1.96 * Math.sqrt(var / millis.length);
        }
    }

    record Result(Timings ours, Timings seed, Timings empty) {
    }

    private ColdStart() {
    }

    static Result measure(int launches) {
        try {
            Path event = Files.createTempFile("vod-bench-event", ".json");
            try {
                Files.writeString(event, Fixtures.lambdaSnsEvent());
                String classPath = System.getProperty("java.class.path");
                List<Class<?>> mains = List.of(ColdStartVod.class, ColdStartSeed.class, ColdStartEmpty.class);
                for (Class<?> main : mains) {
                    launch(classPath, main, event); // warms the OS file cache; not counted
                }
                double[][] millis = new double[mains.size()][launches];
                for (int i = 0; i < launches; i++) {
                    for (int m = 0; m < mains.size(); m++) {
                        millis[m][i] = launch(classPath, mains.get(m), event);
                    }
                }
                return new Result(new Timings("ColdStartVod", millis[0]), new Timings("ColdStartSeed", millis[1]),
                        new Timings("ColdStartEmpty", millis[2]));
            } finally {
                Files.deleteIfExists(event);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double launch(String classPath, Class<?> main, Path event) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAMBDA_FLAGS);
        command.addAll(List.of("-cp", classPath, main.getName(), event.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            int exit = process.waitFor();
            double millis = (System.nanoTime() - start) / 1e6;
            if (exit != 0 || !output.equals("APPLIED 1")) {
                throw new IllegalStateException(main.getSimpleName() + " failed (exit " + exit + "): " + output);
            }
            return millis;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
