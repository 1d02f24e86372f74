package org.vigie.stories.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, case 3: a dossier compared every pair of its quotes, so a story holding one 4 MB article's 61,000
 * quotes took minutes per new member. Grouping now collapses identical quotes and compares a quote only with those
 * sharing one of its rarest words; it must give exactly the groups of the pairwise definition
 * ({@link QuoteMatching#same}), with work that grows with the distinct quotes, not with the pairs of copies.
 */
class Issue10Case3QuoteGroupingTest {
  private static final double OVERLAP = DossierBuilder.QUOTE_OVERLAP;

  @Test
  void case3_groupsAreThoseOfThePairwiseDefinition() {
    Random random = new Random(42);
    String[] vocabulary = {"nous", "ne", "partirons", "pas", "sans", "garanties", "la", "porte", "reste", "ouverte",
        "salaires", "grève", "demain", "port"};
    for (int round = 0; round < 200; round++) {
      List<List<String>> quotes = new ArrayList<>();
      int n = 2 + random.nextInt(60);
      for (int i = 0; i < n; i++) {
        if (!quotes.isEmpty() && random.nextInt(4) == 0) {
          List<String> earlier = quotes.get(random.nextInt(quotes.size()));
          int from = random.nextInt(earlier.size());
          quotes.add(List.copyOf(earlier.subList(from, from + 1 + random.nextInt(earlier.size() - from))));
        } else {
          List<String> words = new ArrayList<>();
          for (int w = 1 + random.nextInt(9); w > 0; w--) {
            words.add(vocabulary[random.nextInt(random.nextBoolean() ? 6 : vocabulary.length)]);
          }
          quotes.add(words);
        }
      }
      assertThat(partition(QuoteMatching.group(quotes, OVERLAP).roots())).as("round " + round)
          .isEqualTo(partition(pairwise(quotes)));
    }
  }

  @Test
  void case3_copiesOfAFewQuotesCostWorkInTheDistinctQuotesOnly() {
    List<List<String>> quotes = new ArrayList<>();
    for (int copy = 0; copy < 600; copy++) {
      for (int q = 0; q < 100; q++) {
        quotes.add(List.of("nous", "tiendrons", "bon", "face", "plan" + q, "article" + q, "alinéa" + q));
      }
    }
    QuoteMatching.Groups groups = QuoteMatching.group(quotes, OVERLAP);
    assertThat(partition(groups.roots())).hasSize(100);
    // 60,000 quotes: 1.8 billion pairs before; now at most the pairs of the 100 distinct ones.
    assertThat(groups.comparisons()).isLessThanOrEqualTo(100L * 99);
  }

  /** The reference: every pair, in index order, as the dossier grouped quotes before. */
  private static int[] pairwise(List<List<String>> quotes) {
    UnionFind sets = new UnionFind(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      for (int j = i + 1; j < quotes.size(); j++) {
        if (QuoteMatching.same(quotes.get(i), quotes.get(j), OVERLAP)) {
          sets.union(i, j);
        }
      }
    }
    int[] roots = new int[quotes.size()];
    for (int i = 0; i < roots.length; i++) {
      roots[i] = sets.find(i);
    }
    return roots;
  }

  /** The groups as sets of indexes, whatever represents them. */
  private static java.util.Set<java.util.Set<Integer>> partition(int[] roots) {
    java.util.Map<Integer, java.util.Set<Integer>> groups = new java.util.HashMap<>();
    for (int i = 0; i < roots.length; i++) {
      groups.computeIfAbsent(roots[i], k -> new java.util.TreeSet<>()).add(i);
    }
    return new java.util.HashSet<>(groups.values());
  }
}
