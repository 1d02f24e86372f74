package org.vigie.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Quote;
import org.vigie.nlp.entities.EntityGrouper;
import org.vigie.nlp.quotes.QuoteAnnotator;

/**
 * The golden files of {@code src/test/resources/golden}: invented French and English sentences, one phenomenon per
 * case, through the entity and quote annotators on hand-built documents (no CoreNLP). Expectations:
 *
 * <pre>
 * quote: D words &lt;- Speaker name        a direct (D) or reported (I) quote and its speaker ("?" for none)
 * quote: D words &lt;- Speaker | cue=écrit  the same, with its cue
 * noquote: words                        no quote has these words
 * quotes: 2                             the number of quotes
 * entity: LOCATION Washington           an entity of that type and name
 * absent: Iraniens                      no entity of that name
 * entities: 3                           the number of entities
 * roles: Name = role | role             the person's roles, exactly, in order
 * mentions: Name = text | text          some of the entity's mention texts
 * mentioncount: Name = 2                how many mentions the entity has
 * </pre>
 */
class GoldenBehaviourTest {
  private static final EntityGrouper ENTITIES = new EntityGrouper();
  private static final QuoteAnnotator QUOTES = new QuoteAnnotator();

  @TestFactory
  Stream<DynamicTest> quotesFr() {
    return tests("/golden/quotes-fr.txt");
  }

  @TestFactory
  Stream<DynamicTest> quotesEn() {
    return tests("/golden/quotes-en.txt");
  }

  @TestFactory
  Stream<DynamicTest> entitiesFr() {
    return tests("/golden/entities-fr.txt");
  }

  @TestFactory
  Stream<DynamicTest> entitiesEn() {
    return tests("/golden/entities-en.txt");
  }

  private static Stream<DynamicTest> tests(String resource) {
    return GoldenCases.read(resource).stream()
        .map(golden -> DynamicTest.dynamicTest(golden.name(), () -> check(golden)));
  }

  static AnalyzedArticle analyse(String language, String title, String text) {
    return QUOTES.annotate(ENTITIES.annotate(HandDocuments.tagged(language, title, text)));
  }

  private static void check(GoldenCases.Case golden) {
    AnalyzedArticle result = analyse(golden.language(), golden.title(), golden.text());
    SpanInvariants.assertValid(result);
    String context = "\nquotes: " + result.quotes() + "\nentities: " + result.entities();
    for (String[] expectation : golden.expectations()) {
      String value = expectation[1];
      switch (expectation[0]) {
        case "quote" -> checkQuote(result, value, context);
        case "noquote" -> assertThat(result.quotes()).as("no quote '%s'%s", value, context)
            .noneMatch(quote -> quote.text().equals(value));
        case "quotes" -> assertThat(result.quotes()).as(context).hasSize(Integer.parseInt(value));
        case "entity" -> {
          String[] typeAndName = value.split(" ", 2);
          assertThat(result.entities()).as("entity %s%s", value, context)
              .anyMatch(entity -> entity.type() == EntityType.valueOf(typeAndName[0])
                  && entity.name().equals(typeAndName[1]));
        }
        case "absent" -> assertThat(result.entities()).extracting(Entity::name).as(context).doesNotContain(value);
        case "entities" -> assertThat(result.entities()).as(context).hasSize(Integer.parseInt(value));
        case "roles" -> {
          String[] nameAndList = value.split("=", 2);
          List<String> roles = nameAndList[1].isBlank() ? List.of() : list(nameAndList[1]);
          assertThat(entity(result, nameAndList[0].strip(), context).roles()).as("roles%s", context)
              .containsExactlyElementsOf(roles);
        }
        case "mentions" -> {
          String[] nameAndList = value.split("=", 2);
          assertThat(entity(result, nameAndList[0].strip(), context).mentions()).extracting(Mention::text)
              .as("mentions%s", context).containsAll(list(nameAndList[1]));
        }
        case "mentioncount" -> {
          String[] nameAndCount = value.split("=", 2);
          assertThat(entity(result, nameAndCount[0].strip(), context).mentions()).as("mentions%s", context)
              .hasSize(Integer.parseInt(nameAndCount[1].strip()));
        }
        default -> throw new IllegalArgumentException("unknown expectation '" + expectation[0] + "'");
      }
    }
  }

  private static void checkQuote(AnalyzedArticle result, String value, String context) {
    boolean direct = value.startsWith("D ");
    String rest = value.substring(2);
    int arrow = rest.lastIndexOf(" <- ");
    String words = rest.substring(0, arrow);
    String speakerPart = rest.substring(arrow + 4);
    String cue = null;
    if (speakerPart.contains(" | cue=")) {
      cue = speakerPart.substring(speakerPart.indexOf(" | cue=") + 7);
      speakerPart = speakerPart.substring(0, speakerPart.indexOf(" | cue="));
    }
    List<Quote> matches = result.quotes().stream()
        .filter(quote -> quote.direct() == direct && quote.text().equals(words)).toList();
    assertThat(matches).as("%s quote '%s'%s", direct ? "direct" : "reported", words, context).isNotEmpty();
    for (Quote quote : matches) {
      if (speakerPart.equals("?")) {
        assertThat(quote.speaker()).as("speaker of '%s'%s", words, context).isNull();
      } else {
        assertThat(quote.speaker()).as("speaker of '%s'%s", words, context).isNotNull();
        assertThat(quote.speaker().name()).as("speaker of '%s'%s", words, context)
            .isEqualToIgnoringCase(speakerPart);
      }
      if (cue != null) {
        assertThat(quote.cue()).as("cue of '%s'%s", words, context).isEqualTo(cue);
      }
    }
  }

  private static Entity entity(AnalyzedArticle result, String name, String context) {
    return result.entities().stream().filter(entity -> entity.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + context));
  }

  private static List<String> list(String values) {
    return Arrays.stream(values.split("\\|")).map(String::strip).toList();
  }
}
