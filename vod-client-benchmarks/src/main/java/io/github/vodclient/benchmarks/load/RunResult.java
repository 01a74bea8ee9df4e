package io.github.vodclient.benchmarks.load;

import java.util.Locale;

/**
 * One row of the results table: round 1's throughput, latency, compare-and-set retries, give-ups and failed
 * records; how many redelivery rounds healed them; the end-state check.
 */
record RunResult(String store, int consumers, int threads, String fault, Run.ConsumerResults first, int rounds,
        int redelivered, int stillFailing, int wrongEndStates, int regressions) {

    static final String HEADER = "| store | K | fault | deliveries | deliveries/s | p50 ms | p99 ms | CAS retries "
            + "| give-ups | failed records | redelivered (rounds) | wrong end states | regressions |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    String row() {
        return String.format(Locale.ROOT, "| %s | %d x %d | %s | %d | %.0f | %.1f | %.1f | %d | %d | %d | %d (%d) | %d%s "
                + "| %d |", store, consumers, threads, fault, first.deliveries, first.deliveries / first.seconds(),
                first.percentileMillis(0.50), first.percentileMillis(0.99), first.casLost, first.giveUps,
                first.failedRecords, redelivered, rounds - 1, wrongEndStates,
                stillFailing > 0 ? " (" + stillFailing + " still failing)" : "", regressions);
    }
}
