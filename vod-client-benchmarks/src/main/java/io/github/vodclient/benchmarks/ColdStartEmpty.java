package io.github.vodclient.benchmarks;

/** Cold start floor: a JVM that starts, prints one line and exits, from the same jar. */
public final class ColdStartEmpty {

    private ColdStartEmpty() {
    }

    public static void main(String[] args) {
        System.out.println("APPLIED 1");
    }
}
