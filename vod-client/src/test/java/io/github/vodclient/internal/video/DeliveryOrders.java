package io.github.vodclient.internal.video;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every way SNS may deliver a set of events: each event once or twice (at-least-once delivery), in every order.
 */
final class DeliveryOrders {

    private DeliveryOrders() {
    }

    /**
     * Calls {@code visit} once for each distinct delivery sequence of events {@code 0..n-1}, each delivered once or
     * twice; returns how many sequences there were.
     */
    static long forEach(int n, Consumer<List<Integer>> visit) {
        long sequences = 0;
        for (int mask = 0; mask < (1 << n); mask++) {
            List<Integer> multiset = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                multiset.add(i);
                if ((mask & (1 << i)) != 0) {
                    multiset.add(i);
                }
            }
            sequences += permutations(multiset, new ArrayList<>(), new boolean[multiset.size()], visit);
        }
        return sequences;
    }

    /** Sum over k duplicated events of C(n, k) * (n + k)! / 2^k: 14 for two events, 15,024 for four. */
    static long distinctSequences(int n) {
        long total = 0;
        for (int k = 0; k <= n; k++) {
            total += choose(n, k) * factorial(n + k) / (1L << k);
        }
        return total;
    }

    private static long choose(int n, int k) {
        return factorial(n) / (factorial(k) * factorial(n - k));
    }

    private static long factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }

    /** Calls {@code visit} once for each distinct permutation of the multiset; returns how many. */
    private static int permutations(List<Integer> items, List<Integer> prefix, boolean[] used,
            Consumer<List<Integer>> visit) {
        if (prefix.size() == items.size()) {
            visit.accept(List.copyOf(prefix));
            return 1;
        }
        int count = 0;
        Set<Integer> triedHere = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (used[i] || !triedHere.add(items.get(i))) {
                continue;
            }
            used[i] = true;
            prefix.add(items.get(i));
            count += permutations(items, prefix, used, visit);
            prefix.remove(prefix.size() - 1);
            used[i] = false;
        }
        return count;
    }
}
