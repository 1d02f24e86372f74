package org.vigie.nlp.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The fixed split of a gold corpus: ids sorted numerically (as strings when not numbers), the 1st, 3rd, ... form the
 * half one may read while writing rules, the 2nd, 4th, ... the half one only scores.
 */
public enum GoldHalf {
  READ,
  SCORED,
  ALL;

  /** Numeric ids by value, before any other id; other ids as strings. */
  public static final Comparator<String> ORDER = Comparator
      .comparing((String id) -> !id.matches("\\d+"))
      .thenComparing((a, b) -> a.matches("\\d+") && b.matches("\\d+")
          ? new BigInteger(a).compareTo(new BigInteger(b))
          : a.compareTo(b));

  /** {@code read}, {@code scored} or {@code all}, in any case. */
  public static GoldHalf parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a half is read, scored or all, not " + name, e);
    }
  }

  /** The ids of this half, in {@link #ORDER}. */
  public List<String> of(List<String> ids) {
    List<String> sorted = ids.stream().sorted(ORDER).toList();
    List<String> half = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      boolean odd = i % 2 == 0; // position i + 1
      if (this == ALL || (this == READ) == odd) {
        half.add(sorted.get(i));
      }
    }
    return half;
  }

  /** "read half", "scored half", "all". */
  public String label() {
    return this == ALL ? "all" : name().toLowerCase(Locale.ROOT) + " half";
  }
}
