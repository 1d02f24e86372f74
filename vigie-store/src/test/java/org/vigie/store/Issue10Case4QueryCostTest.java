package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, case 4: {@code /[a-z]{1,60000}/} cost 30 s of CPU per query, and a malformed query was quietly searched
 * as other words. Regular expressions and ranges are refused, wildcard and fuzzy terms are bounded, a syntax error is
 * an error that says how to write the query, and a search that runs past its time limit is stopped.
 */
class Issue10Case4QueryCostTest {
  @TempDir Path dir;
  private EmbeddedStore store;

  @BeforeEach
  void open() {
    store = EmbeddedStore.open(dir);
    store.put(Articles.genevaFr(), "geneva");
    store.put(Articles.harvestFr(), "harvest");
    store.put(Articles.article("prix-1").title("Le prix du pain 24/7")
        .body("Selon Claire Montval: le prix atteint 3,5 euros.").language("fr").build(), null);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void case4_regularExpressionIsRefused() {
    assertThatThrownBy(() -> store.search("/[a-z]{1,60000}/", 10))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("[a-z]{1,60000}")
        .satisfies(e -> assertThat(e.getMessage().split("cannot search for", -1)).as("said once").hasSize(2));
  }

  @Test
  void case4_syntaxErrorIsAnErrorThatSaysHowToSearch() {
    for (String malformed : new String[] {"\"pas à pas", "Genève AND", "président (France", "*"}) {
      assertThatThrownBy(() -> store.search(malformed, 10)).as(malformed)
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("double quotes");
    }
  }

  @Test
  void case4_rangesAndUnboundedWildcardsAndFuzzyTermsAreRefused() {
    assertThatThrownBy(() -> store.search("[a TO z]", 10)).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("range");
    assertThatThrownBy(() -> store.search("g*e*n*e*v*", 10)).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("wildcard");
    assertThatThrownBy(() -> store.search("x".repeat(200) + "~", 10)).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> store.search("mot ".repeat(400), 10)).isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void case4_everydayPunctuationIsNotSyntax() {
    assertThat(ids("24/7")).containsExactly("prix-1");
    assertThat(ids("Montval: prix")).containsExactly("prix-1");
    assertThat(ids("prix: 3,5")).containsExactly("prix-1");
    assertThat(ids("pain!")).containsExactly("prix-1");
    assertThat(ids("Gen*")).containsExactly("fr-geneve-1");
    assertThat(ids("Geneve~1")).containsExactly("fr-geneve-1");
  }

  @Test
  void case4_searchPastItsTimeLimitIsStopped() {
    store.searchTimeLimitNanos = 0;
    assertThatThrownBy(() -> store.search("prix", 10)).isInstanceOf(SearchTimeoutException.class)
        .hasMessageContaining("time limit");
  }

  private java.util.List<String> ids(String query) {
    return store.search(query, 10).hits().stream().map(SearchResult.Hit::articleId).toList();
  }
}
