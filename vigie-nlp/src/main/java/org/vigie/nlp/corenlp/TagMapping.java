package org.vigie.nlp.corenlp;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.model.EntityType;

/** CoreNLP's tag sets mapped onto Vigie's: NER tags onto {@link EntityType}, Penn Treebank tags onto UPOS. */
final class TagMapping {
  private static final Map<String, EntityType> ENTITY_TYPES = Map.of(
      "PER", EntityType.PERSON,
      "PERSON", EntityType.PERSON,
      "LOC", EntityType.LOCATION,
      "LOCATION", EntityType.LOCATION,
      "ORG", EntityType.ORGANIZATION,
      "ORGANIZATION", EntityType.ORGANIZATION);

  private static final Map<String, String> PENN_TO_UNIVERSAL = Map.ofEntries(
      Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"),
      Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"),
      Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"), Map.entry("VBG", "VERB"), Map.entry("VBN", "VERB"),
      Map.entry("VBP", "VERB"), Map.entry("VBZ", "VERB"), Map.entry("MD", "AUX"),
      Map.entry("JJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("JJS", "ADJ"), Map.entry("AFX", "ADJ"),
      Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"), Map.entry("RBS", "ADV"), Map.entry("WRB", "ADV"),
      Map.entry("IN", "ADP"), Map.entry("RP", "ADP"),
      Map.entry("DT", "DET"), Map.entry("PDT", "DET"), Map.entry("WDT", "DET"),
      Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("WP", "PRON"), Map.entry("WP$", "PRON"),
      Map.entry("EX", "PRON"),
      Map.entry("CC", "CCONJ"), Map.entry("CD", "NUM"), Map.entry("TO", "PART"), Map.entry("POS", "PART"),
      Map.entry("UH", "INTJ"), Map.entry("SYM", "SYM"), Map.entry("$", "SYM"), Map.entry("#", "SYM"),
      Map.entry(".", "PUNCT"), Map.entry(",", "PUNCT"), Map.entry(":", "PUNCT"), Map.entry("``", "PUNCT"),
      Map.entry("''", "PUNCT"), Map.entry("-LRB-", "PUNCT"), Map.entry("-RRB-", "PUNCT"), Map.entry("HYPH", "PUNCT"),
      Map.entry("NFP", "PUNCT"));

  private static final Set<String> BE = Set.of("be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re",
      "'m", "’s", "’re", "’m");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t");
  private static final Set<String> SUBORDINATORS = Set.of("that", "because", "if", "whether", "although", "though",
      "while", "unless", "whereas");

  private TagMapping() {}

  /**
   * The entity class of a CoreNLP NER tag: PER, PERSON, I-PER... give PERSON; LOC LOCATION; ORG ORGANIZATION; O,
   * empty and null give nothing; any other tag is MISC.
   */
  static Optional<EntityType> entityType(@Nullable String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String label = withoutChunkPrefix(tag.strip());
    if (label.isEmpty() || label.equals("O")) {
      return Optional.empty();
    }
    return Optional.of(ENTITY_TYPES.getOrDefault(label.toUpperCase(Locale.ROOT), EntityType.MISC));
  }

  /** True for the B- (and S-) tags that open a new mention even right after one of the same class. */
  static boolean beginsMention(@Nullable String tag) {
    return tag != null && (tag.startsWith("B-") || tag.startsWith("S-"));
  }

  /**
   * The universal tag of a Penn Treebank tag. Penn tags lose distinctions UD draws from the word: forms of "be"
   * are AUX, "not" is PART, complementisers tagged IN are SCONJ. Unknown tags give X.
   */
  static String universalPos(String pennTag, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (pennTag.startsWith("VB") && BE.contains(lower)) {
      return "AUX";
    }
    if (pennTag.equals("RB") && NEGATIONS.contains(lower)) {
      return "PART";
    }
    if (pennTag.equals("IN") && SUBORDINATORS.contains(lower)) {
      return "SCONJ";
    }
    return PENN_TO_UNIVERSAL.getOrDefault(pennTag, "X");
  }

  private static String withoutChunkPrefix(String tag) {
    if (tag.length() > 2 && tag.charAt(1) == '-' && "BIES".indexOf(tag.charAt(0)) >= 0) {
      return tag.substring(2);
    }
    return tag;
  }
}
