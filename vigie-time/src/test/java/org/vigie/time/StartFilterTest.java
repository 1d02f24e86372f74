package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vigie.text.Folding;

/** What the start filter reads from a pattern: the leading chars a match can have, and nothing narrower. */
class StartFilterTest {

  @Test
  void optionalDeterminer_letsBothFormsThrough_andRejectsOtherWords() {
    StartFilter filter = StartFilter.of("(?<![\\p{L}\\p{N}])(?:(?<det>le|ce) )?lundi(?![\\p{L}\\p{N}])");

    assertThat(filter.mayMatchAt("lundi", 0)).isTrue();
    assertThat(filter.mayMatchAt("voir le lundi", 5)).isTrue();
    assertThat(filter.mayMatchAt("ce lundi", 0)).isTrue();
    assertThat(filter.mayMatchAt("mardi", 0)).isFalse();
    assertThat(filter.mayMatchAt("les lundis", 0)).isFalse();
    assertThat(filter.mayMatchAt("lu", 0)).isFalse();
  }

  @Test
  void digitsAndClasses_areSpelledOut() {
    StartFilter filter = StartFilter.of("(?<y>\\d{4})-[01]\\d");

    assertThat(filter.mayMatchAt("2026-02", 0)).isTrue();
    assertThat(filter.mayMatchAt("x2026", 0)).isFalse();
    assertThat(filter.mayMatchAt("a2026", 1)).isTrue();
    assertThat(filter.mayStartWith('7')).isTrue();
    assertThat(filter.mayStartWith('a')).isFalse();
  }

  @Test
  void shortWholeMatch_acceptsAtTheEndOfTheText() {
    StartFilter filter = StartFilter.of("an|h");

    assertThat(filter.mayMatchAt("an", 0)).isTrue();
    assertThat(filter.mayMatchAt("h", 0)).isTrue();
    assertThat(filter.mayMatchAt("a", 0)).isFalse();
  }

  @Test
  void whatIsNotReadCharByChar_letsEverythingThroughFromThere() {
    StartFilter letters = StartFilter.of("\\p{L}+ ans");
    StartFilter afterPrefix = StartFilter.of("d'\\p{L}");
    StartFilter backReference = StartFilter.of("(?<sep>[/.])\\k<sep>");

    assertThat(letters.mayMatchAt("xyz", 0)).isTrue();
    assertThat(afterPrefix.mayMatchAt("d'ici", 0)).isTrue();
    assertThat(afterPrefix.mayMatchAt("de", 0)).isFalse();
    assertThat(backReference.mayMatchAt("./", 0)).isTrue();
    assertThat(backReference.mayMatchAt("x", 0)).isFalse();
  }

  @Test
  void unknownSyntax_getsNoFilter() {
    assertThat(StartFilter.of("(?i)lundi").mayMatchAt("zzz", 0)).isTrue();
    assertThat(StartFilter.of("\\Qlundi\\E").mayMatchAt("zzz", 0)).isTrue();
    assertThat(StartFilter.of("[a-z&&[^x]]lundi").mayMatchAt("zzz", 0)).isTrue();
  }

  @Test
  void everyRuleOfBothBooks_isFiltered_andEachOfItsOwnMatchesPassesTheFilter() {
    for (Rule rule : FrenchRules.rules()) {
      assertThat(rule.starts().mayStartWith('\u0001')).as(rule.name()).isFalse();
    }
    for (Rule rule : EnglishRules.rules()) {
      assertThat(rule.starts().mayStartWith('\u0001')).as(rule.name()).isFalse();
    }
    Rule weekday = FrenchRules.rules().stream().filter(rule -> rule.name().equals("weekday")).findFirst()
        .orElseThrow();
    String folded = Folding.sameLength("Il a parlé ce même lundi soir.");
    var matcher = Pattern.compile(weekday.pattern().pattern()).matcher(folded);
    assertThat(matcher.find()).isTrue();
    assertThat(weekday.starts().mayMatchAt(folded, matcher.start())).isTrue();
  }
}
