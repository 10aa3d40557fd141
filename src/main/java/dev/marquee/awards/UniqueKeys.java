package dev.marquee.awards;

import java.util.HashMap;
import java.util.Map;

/** Deterministic tiebreak for rows whose identifying fields are all equal: the n-th such row gets {@code #n}. */
final class UniqueKeys {

    private final Map<String, Integer> seen = new HashMap<>();

    /** The key itself the first time, {@code key#2}, {@code key#3}… for later rows with the same key. */
    String claim(String key) {
        int n = seen.merge(key, 1, Integer::sum);
        return n == 1 ? key : key + "#" + n;
    }
}
