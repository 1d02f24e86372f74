package org.vigie.stories.text;

/**
 * A spelling-neutral key for one word of a name, so that the transliterations different languages and outlets use
 * meet: "Araghchi" and "Araqchi", "Kadhafi" and "Gaddafi", "Joukov" and "Zhukov", "Zelensky" and "Zelenskyy".
 * Digraphs that spell one sound become one letter (tch, sch, ch and sh; kh and gh; ph, th, dh; ou), letters that
 * stand for the same sound in one language or another merge (q, g, k and hard c; z and s; w and v; y and i), the
 * vowels after the first letter go and doubled letters count once. Keys collide more often than names do; they
 * are one feature among others, weighted by their rarity.
 */
public final class NameKey {
  /** Words shorter than this keep no key: too many short names share a skeleton. */
  private static final int MIN_WORD = 4;
  private static final int MIN_KEY = 3;

  private NameKey() {}

  /** The key of a folded word (see {@link org.vigie.text.Folding#fold}), or an empty string for a word too short to key. */
  public static String of(String folded) {
    if (folded.length() < MIN_WORD) {
      return "";
    }
    String s = folded
        .replace("tch", "C").replace("sch", "C").replace("ch", "C").replace("sh", "C")
        .replace("zh", "j").replace("kh", "k").replace("gh", "k").replace("ph", "f").replace("th", "t")
        .replace("dh", "d").replace("ck", "k").replace("ou", "u");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
      char mapped = switch (c) {
        case 'q', 'g' -> 'k';
        case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
        case 'z' -> 's';
        case 'w' -> 'v';
        case 'y' -> 'i';
        case 'h' -> ' ';
        default -> c;
      };
      if (mapped == ' ' || !Character.isLetter(mapped) || i > 0 && isVowel(mapped)) {
        continue;
      }
      if (out.isEmpty() || out.charAt(out.length() - 1) != mapped) {
        out.append(mapped);
      }
    }
    return out.length() < MIN_KEY ? "" : out.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
