package org.vigie.nlp.corenlp;

import java.util.Arrays;
import java.util.List;

/**
 * Parses one sentence with a {@link ParserNetwork} by the arc-standard transitions (Nivre 2004) that CoreNLP's nndep
 * parser uses: from ROOT on the stack and every word in the buffer, the network scores shifting the next word, or
 * attaching the top two words of the stack to each other (left: the second under the first; right: the first under
 * the second) with one of the labels, and the best transition allowed is taken until one word remains under ROOT.
 * The 48 features are CoreNLP's: words, tags and labels of the top three stack words, the first three buffer words,
 * and the first and second leftmost and rightmost children (and the leftmost of the leftmost, the rightmost of the
 * rightmost) of the top two stack words. Words are numbered from 1; 0 is ROOT.
 */
final class ArcStandardParser {
  private static final int NONE = -1;

  private final ParserNetwork network;
  private final int nullWord;
  private final int rootWord;
  private final int nullTag;
  private final int rootTag;
  private final int nullLabel;

  /** One sentence's parse: for word i (from 1), its head ({@code heads[i]}, 0 for ROOT) and arc label. */
  record Parse(int[] heads, String[] labels) {
    int size() {
      return heads.length - 1;
    }
  }

  /**
   * The word features every word of a sentence takes in turn: the first three words of the buffer and the top
   * three of the stack ({@link State#features}'s first six slots). Their contributions are computed for the whole
   * sentence before parsing, in one pass over each feature's weights; those of the children come as asked.
   */
  private static final int POSITION_SLOTS = 6;

  ArcStandardParser(ParserNetwork network) {
    this.network = network;
    this.nullWord = network.wordId(ParserNetwork.NULL);
    this.rootWord = network.wordId(ParserNetwork.ROOT);
    this.nullTag = network.tagId(ParserNetwork.NULL);
    this.rootTag = network.tagId(ParserNetwork.ROOT);
    this.nullLabel = network.labelId(NONE);
  }

  /** Parses the words of one sentence, each with its part-of-speech tag in the model's tag set. */
  Parse parse(List<String> words, List<String> tags) {
    int n = words.size();
    State state = new State(n);
    state.wordIds[0] = rootWord;
    state.tagIds[0] = rootTag;
    for (int i = 1; i <= n; i++) {
      state.wordIds[i] = network.wordId(words.get(i - 1));
      state.tagIds[i] = network.tagId(tags.get(i - 1));
    }
    int transitions = network.transitions();
    int labelCount = network.labels().size();
    int[] features = new int[network.features()];
    ParserNetwork.Scratch scratch = network.scratch();
    for (int slot = 0; slot < POSITION_SLOTS; slot++) {
      network.prepare(state.wordIds, 1, n + 1, slot, scratch);
    }
    float[] scores = new float[transitions];
    while (state.stackSize > 1 || state.next <= n) {
      int only = state.onlyTransition(labelCount);
      if (only != NONE) {
        state.apply(only, labelCount); // the network's scores would choose among one
        continue;
      }
      state.features(features);
      network.scores(features, scratch, scores);
      int best = NONE;
      for (int t = 0; t < transitions; t++) {
        if ((best == NONE || scores[t] > scores[best]) && state.allows(t, labelCount)) {
          best = t;
        }
      }
      if (best == NONE) {
        throw new IllegalStateException("no transition applies"); // cannot happen: a shift or an arc always does
      }
      state.apply(best, labelCount);
    }
    String[] labels = new String[n + 1];
    for (int i = 1; i <= n; i++) {
      labels[i] = network.labels().get(state.labels[i]);
    }
    state.heads[0] = NONE;
    markPassiveSubjects(state.heads, labels);
    return new Parse(state.heads, labels);
  }

  /**
   * The subject of a verb with a passive auxiliary is a passive subject, as CoreNLP's conversion of the parse to a
   * graph marks it (the models often label it plain "nsubj" or "csubj").
   */
  private static void markPassiveSubjects(int[] heads, String[] labels) {
    boolean[] passive = new boolean[heads.length];
    for (int i = 1; i < heads.length; i++) {
      if (labels[i].equals("aux:pass") && heads[i] > 0) {
        passive[heads[i]] = true;
      }
    }
    for (int i = 1; i < heads.length; i++) {
      if (heads[i] > 0 && passive[heads[i]] && (labels[i].equals("nsubj") || labels[i].equals("csubj"))) {
        labels[i] = labels[i] + ":pass";
      }
    }
  }

  /** The parser's configuration: the stack, the next buffer word, the arcs made so far. */
  private final class State {
    private final int n;
    private final int[] stack;
    private int stackSize;
    private int next = 1;
    private final int[] heads;
    private final int[] labels;
    private final int[] wordIds;
    private final int[] tagIds;

    State(int n) {
      this.n = n;
      this.stack = new int[n + 1];
      this.stack[0] = 0;
      this.stackSize = 1;
      this.heads = new int[n + 1];
      this.labels = new int[n + 1];
      Arrays.fill(heads, NONE);
      Arrays.fill(labels, NONE);
      this.wordIds = new int[n + 1];
      this.tagIds = new int[n + 1];
    }

    /** The k-th word from the top of the stack (0 the top), or NONE. */
    int stack(int k) {
      return k < stackSize ? stack[stackSize - 1 - k] : NONE;
    }

    int buffer(int k) {
      return next + k <= n ? next + k : NONE;
    }

    /** Whether transition t may be taken now (with the model's labels, the first one being the root's). */
    boolean allows(int t, int labelCount) {
      if (t == 2 * labelCount) {
        return next <= n;
      }
      boolean left = t < labelCount;
      int label = left ? t : t - labelCount;
      int head = left ? stack(0) : stack(1);
      if (head < 0 || (head == 0) != (label == 0)) {
        return false;
      }
      return left ? stackSize > 2 : stackSize > 2 || stackSize == 2 && next > n;
    }

    /**
     * The one transition allowed, when there is one: a shift while the stack holds at most one word besides ROOT
     * and the buffer is not empty (no arc may reach ROOT before the buffer is), the root arc once it is; else NONE.
     */
    int onlyTransition(int labelCount) {
      if (stackSize <= 2 && next <= n) {
        return 2 * labelCount;
      }
      return stackSize == 2 && next > n ? labelCount : NONE;
    }

    void apply(int t, int labelCount) {
      if (t == 2 * labelCount) {
        stack[stackSize++] = next++;
      } else if (t < labelCount) {
        int head = stack(0);
        int dependent = stack(1);
        heads[dependent] = head;
        labels[dependent] = t;
        stack[stackSize - 2] = head;
        stackSize--;
      } else {
        int head = stack(1);
        int dependent = stack(0);
        heads[dependent] = head;
        labels[dependent] = t - labelCount;
        stackSize--;
      }
    }

    /** The k-th leftmost child of word w, or NONE. */
    int leftChild(int w, int k) {
      if (w < 0 || w > n) {
        return NONE;
      }
      int found = 0;
      for (int i = 1; i < w; i++) {
        if (heads[i] == w && ++found == k) {
          return i;
        }
      }
      return NONE;
    }

    /** The k-th rightmost child of word w, or NONE. */
    int rightChild(int w, int k) {
      if (w < 0 || w > n) {
        return NONE;
      }
      int found = 0;
      for (int i = n; i > w; i--) {
        if (heads[i] == w && ++found == k) {
          return i;
        }
      }
      return NONE;
    }

    /** CoreNLP's feature order: 18 words, then the same 18 positions' tags, then 12 children's labels. */
    void features(int[] out) {
      int words = 18;
      for (int k = 2; k >= 0; k--) {
        put(out, 2 - k, words, stack(k), false);
      }
      for (int k = 0; k <= 2; k++) {
        put(out, 3 + k, words, buffer(k), false);
      }
      for (int k = 0; k <= 1; k++) {
        int w = stack(k);
        int base = 6 + 6 * k;
        put(out, base, words, leftChild(w, 1), true);
        put(out, base + 1, words, rightChild(w, 1), true);
        put(out, base + 2, words, leftChild(w, 2), true);
        put(out, base + 3, words, rightChild(w, 2), true);
        put(out, base + 4, words, leftChild(leftChild(w, 1), 1), true);
        put(out, base + 5, words, rightChild(rightChild(w, 1), 1), true);
      }
    }

    /** Sets the word and tag features at {@code slot} (and the label feature, for a child) for word w. */
    private void put(int[] out, int slot, int words, int w, boolean child) {
      out[slot] = w == 0 ? rootWord : w < 0 ? nullWord : wordIds[w];
      out[words + slot] = w == 0 ? rootTag : w < 0 ? nullTag : tagIds[w];
      if (child) {
        out[2 * words + slot - 6] = w <= 0 ? nullLabel : network.labelId(labels[w]);
      }
    }
  }
}
