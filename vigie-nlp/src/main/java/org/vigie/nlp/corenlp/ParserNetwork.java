package org.vigie.nlp.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The network of one of CoreNLP's neural dependency parsers (nndep: Chen and Manning, "A Fast and Accurate
 * Dependency Parser using Neural Networks", 2014), read from its model file in the models jar and run by Vigie's own
 * code rather than CoreNLP's. Same weights, same features, same decisions; what changes is the arithmetic: CoreNLP
 * scores the 2 × labels + 1 transitions with one dot product each, a chain of dependent additions the processor
 * cannot overlap, and keeps its pre-computed hidden activations in doubles. Here the output weights are stored
 * hidden unit first, so that each hidden unit adds its contribution to every score in one loop the JIT compiles
 * to vector instructions, and everything is in floats (half the memory).
 *
 * <p>The file holds, one a line: the sizes; each word, part-of-speech tag and arc label with its embedding; the
 * first layer's weights, one line per input (feature × embedding dimension) across the hidden units; the hidden
 * bias; the output weights, one line per hidden unit across the transitions; then the ids of the (feature, value)
 * pairs most frequent in training, in that order, whose hidden contributions are worth computing once at load.
 *
 * <p>Immutable once loaded; {@link #scores} may be called from any number of threads.
 */
final class ParserNetwork {
  /** Markers the model's dictionaries hold besides real words, tags and labels (CoreNLP's spelling). */
  static final String UNKNOWN = "-UNKNOWN-";
  static final String NULL = "-NULL-";
  static final String ROOT = "-ROOT-";

  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> tagIds;
  /** The arc labels, the root's first; transition i < n is a left arc with label i, n + i a right arc, 2n a shift. */
  private final List<String> labels;
  private final int firstLabelId;
  private final int features;
  private final int embeddingSize;
  private final int hiddenSize;
  private final int transitions;
  private final float[] embeddings;
  /** First-layer weights: one row per input (feature × embedding size + dimension), across the hidden units. */
  private final float[][] inputWeights;
  private final float[] hiddenBias;
  /** Output weights, one row per hidden unit across the transitions. */
  private final float[][] outputWeights;
  /** Hidden contributions computed at load, and where the one of (value id × features + feature) is, or -1. */
  private final float[][] precomputed;
  private final int[] precomputedRow;

  private ParserNetwork(Map<String, Integer> wordIds, Map<String, Integer> tagIds, List<String> labels,
      int firstLabelId, int features, int embeddingSize, int hiddenSize, float[] embeddings, float[][] inputWeights,
      float[] hiddenBias, float[][] outputWeights, int[] frequentInputs, int precompute) {
    this.wordIds = wordIds;
    this.tagIds = tagIds;
    this.labels = List.copyOf(labels);
    this.firstLabelId = firstLabelId;
    this.features = features;
    this.embeddingSize = embeddingSize;
    this.hiddenSize = hiddenSize;
    this.transitions = outputWeights[0].length;
    this.embeddings = embeddings;
    this.inputWeights = inputWeights;
    this.hiddenBias = hiddenBias;
    this.outputWeights = outputWeights;
    int count = Math.min(precompute, frequentInputs.length);
    this.precomputed = new float[count][];
    this.precomputedRow = new int[embeddings.length / embeddingSize * features];
    Arrays.fill(precomputedRow, -1);
    for (int row = 0; row < count; row++) {
      int input = frequentInputs[row];
      precomputed[row] = contribution(input / features, input % features);
      precomputedRow[input] = row;
    }
  }

  /**
   * Reads a model from the class path.
   *
   * @param precompute how many of the most frequent (feature, value) pairs get their hidden contribution computed at
   *     load (each costs hidden size × 4 bytes; CoreNLP's default is 20,000)
   * @throws IllegalStateException when the resource is missing or not an nndep model
   */
  static ParserNetwork load(String resource, int precompute) {
    InputStream raw = ParserNetwork.class.getClassLoader().getResourceAsStream(resource);
    if (raw == null) {
      throw new IllegalStateException("the parser model " + resource + " is not on the class path");
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, StandardCharsets.UTF_8), 1 << 16)) {
      return read(in, precompute);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read the parser model " + resource + ": " + e.getMessage(), e);
    }
  }

  private static ParserNetwork read(BufferedReader in, int precompute) throws IOException {
    String line = in.readLine();
    while (line != null && !line.startsWith("dict=")) {
      line = in.readLine(); // newer files open with the language and treebank pack, which inference does not need
    }
    int words = size(line, "dict");
    int tags = size(in.readLine(), "pos");
    int labelCount = size(in.readLine(), "label");
    int embeddingSize = size(in.readLine(), "embeddingSize");
    int hiddenSize = size(in.readLine(), "hiddenSize");
    int features = size(in.readLine(), "numTokens");
    int frequent = size(in.readLine(), "preComputed");

    float[] embeddings = new float[(words + tags + labelCount) * embeddingSize];
    Map<String, Integer> wordIds = new HashMap<>();
    Map<String, Integer> tagIds = new HashMap<>();
    List<String> labels = new ArrayList<>();
    for (int id = 0; id < words + tags + labelCount; id++) {
      String[] fields = fields(in.readLine(), embeddingSize + 1, "embedding " + id);
      for (int d = 0; d < embeddingSize; d++) {
        embeddings[id * embeddingSize + d] = Float.parseFloat(fields[d + 1]);
      }
      if (id < words) {
        wordIds.put(fields[0], id);
      } else if (id < words + tags) {
        tagIds.put(fields[0], id);
      } else {
        labels.add(fields[0]);
      }
    }
    float[][] inputWeights = new float[features * embeddingSize][];
    for (int input = 0; input < inputWeights.length; input++) {
      inputWeights[input] = floats(in.readLine(), hiddenSize, "first-layer input " + input);
    }
    float[] hiddenBias = floats(in.readLine(), hiddenSize, "hidden bias");
    float[][] outputWeights = new float[hiddenSize][];
    for (int unit = 0; unit < hiddenSize; unit++) {
      outputWeights[unit] = floats(in.readLine(), 2 * labelCount - 1, "output weights of unit " + unit);
    }
    int[] frequentInputs = new int[frequent];
    int read = 0;
    while (read < frequent) {
      String next = in.readLine();
      if (next == null) {
        throw new IllegalStateException("the file ends after " + read + " of " + frequent + " frequent inputs");
      }
      for (String field : next.trim().split(" ")) {
        if (read < frequent) {
          frequentInputs[read++] = Integer.parseInt(field);
        }
      }
    }
    if (!labels.get(0).equals(NULL) || !wordIds.containsKey(UNKNOWN) || !tagIds.containsKey(UNKNOWN)) {
      throw new IllegalStateException("the dictionaries lack CoreNLP's markers");
    }
    // the first label, NULL, marks a missing arc and names no transition
    return new ParserNetwork(wordIds, tagIds, labels.subList(1, labels.size()), words + tags, features,
        embeddingSize, hiddenSize, embeddings, inputWeights, hiddenBias, outputWeights, frequentInputs, precompute);
  }

  private static int size(String line, String name) {
    if (line == null || !line.startsWith(name + "=")) {
      throw new IllegalStateException("expected '" + name + "=' but found " + (line == null ? "the end" : line));
    }
    return Integer.parseInt(line.substring(name.length() + 1).trim());
  }

  private static String[] fields(String line, int count, String what) {
    if (line == null) {
      throw new IllegalStateException("the file ends before the " + what);
    }
    String[] fields = line.split(" ");
    if (fields.length < count) {
      throw new IllegalStateException("the " + what + " has " + fields.length + " fields, not " + count);
    }
    return fields;
  }

  private static float[] floats(String line, int count, String what) {
    String[] fields = fields(line, count, what);
    float[] values = new float[count];
    for (int i = 0; i < count; i++) {
      values[i] = Float.parseFloat(fields[i]);
    }
    return values;
  }

  /** The number of features the parser reads from a configuration. */
  int features() {
    return features;
  }

  /** The arc labels (root's first); the transitions are their left arcs, their right arcs, then shift. */
  List<String> labels() {
    return labels;
  }

  int transitions() {
    return transitions;
  }

  int wordId(String word) {
    Integer id = wordIds.get(word);
    return id != null ? id : wordIds.get(UNKNOWN);
  }

  int tagId(String tag) {
    Integer id = tagIds.get(tag);
    return id != null ? id : tagIds.get(UNKNOWN);
  }

  /** The id of arc label {@code label} (an index into {@link #labels()}), or of NULL for -1. */
  int labelId(int label) {
    return firstLabelId + label + 1;
  }

  /**
   * Working memory for {@link #scores}, for one thread: the hidden layer, and the hidden contributions computed for
   * inputs that were not computed at load. A word moves through the features as the parse goes on (third in the
   * buffer, then second, first, top of the stack, a child), and each (feature, word) pair stays for several
   * transitions, so within a sentence most such contributions are asked for again; names and the words of the story
   * come back in the next sentences, so they are kept across sentences, up to {@value #KEPT_CONTRIBUTIONS}.
   */
  final class Scratch {
    private final float[] hidden = new float[hiddenSize];
    private final Map<Integer, float[]> computed = new HashMap<>();
    private final float[][] rows = new float[features][];
  }

  /** At most this many contributions kept per thread (4 KB each for the French model's 1,000 hidden units). */
  static final int KEPT_CONTRIBUTIONS = 4_096;

  private final ThreadLocal<Scratch> scratches = ThreadLocal.withInitial(Scratch::new);

  /** This thread's working memory, with room for a new sentence. */
  Scratch scratch() {
    Scratch scratch = scratches.get();
    if (scratch.computed.size() > KEPT_CONTRIBUTIONS) {
      scratch.computed.clear();
    }
    return scratch;
  }

  /**
   * The score of every transition for the given feature values (one id per feature), into {@code scores}. Both
   * layers add four rows at a time, so that the running sums are read and written a quarter as often.
   */
  void scores(int[] values, Scratch scratch, float[] scores) {
    float[] hidden = scratch.hidden;
    float[][] rows = scratch.rows;
    for (int feature = 0; feature < features; feature++) {
      int input = values[feature] * features + feature;
      int row = precomputedRow[input];
      float[] contribution = row >= 0 ? precomputed[row] : scratch.computed.get(input);
      if (contribution == null) {
        contribution = contribution(values[feature], feature);
        scratch.computed.put(input, contribution);
      }
      rows[feature] = contribution;
    }
    System.arraycopy(hiddenBias, 0, hidden, 0, hiddenSize);
    int feature = 0;
    for (; feature + 3 < features; feature += 4) {
      float[] a = rows[feature];
      float[] b = rows[feature + 1];
      float[] c = rows[feature + 2];
      float[] d = rows[feature + 3];
      for (int unit = 0; unit < hiddenSize; unit++) {
        hidden[unit] += a[unit] + b[unit] + c[unit] + d[unit];
      }
    }
    for (; feature < features; feature++) {
      float[] a = rows[feature];
      for (int unit = 0; unit < hiddenSize; unit++) {
        hidden[unit] += a[unit];
      }
    }
    Arrays.fill(scores, 0, transitions, 0f);
    int unit = 0;
    for (; unit + 3 < hiddenSize; unit += 4) {
      float a = cube(hidden[unit]);
      float b = cube(hidden[unit + 1]);
      float c = cube(hidden[unit + 2]);
      float d = cube(hidden[unit + 3]);
      float[] wa = outputWeights[unit];
      float[] wb = outputWeights[unit + 1];
      float[] wc = outputWeights[unit + 2];
      float[] wd = outputWeights[unit + 3];
      for (int transition = 0; transition < transitions; transition++) {
        scores[transition] += wa[transition] * a + wb[transition] * b + wc[transition] * c + wd[transition] * d;
      }
    }
    for (; unit < hiddenSize; unit++) {
      float a = cube(hidden[unit]);
      float[] wa = outputWeights[unit];
      for (int transition = 0; transition < transitions; transition++) {
        scores[transition] += wa[transition] * a;
      }
    }
  }

  /** The cube activation of the paper. */
  private static float cube(float value) {
    return value * value * value;
  }

  private float[] contribution(int value, int feature) {
    float[] contribution = new float[hiddenSize];
    computeContributions(new float[][] {contribution}, new int[] {value}, 1, feature);
    return contribution;
  }

  /**
   * Computes ahead, into this thread's kept contributions, those that {@code feature} may ask for {@code values[from]}
   * to {@code values[to - 1]} and that are neither computed at load nor kept already, all in one pass over the
   * feature's weights (see {@link #computeContributions}).
   */
  void prepare(int[] values, int from, int to, int feature, Scratch scratch) {
    float[][] targets = new float[to - from][];
    int[] missing = new int[to - from];
    int count = 0;
    for (int i = from; i < to; i++) {
      int input = values[i] * features + feature;
      if (precomputedRow[input] < 0 && !scratch.computed.containsKey(input)) {
        targets[count] = new float[hiddenSize];
        missing[count++] = values[i];
        scratch.computed.put(input, targets[count - 1]);
      }
    }
    computeContributions(targets, missing, count, feature);
  }

  /** Hidden units computed together: the weights of a block across the embedding fit in the processor's cache. */
  private static final int UNIT_BLOCK = 256;

  /**
   * Sets {@code targets[k]} to the first layer's product for {@code values[k]} at {@code feature}, for k below
   * {@code count}. A feature's weights (embedding size × hidden size, 400 KB for the French model) are too many to
   * stay in cache from one value to the next, so they are read one block of hidden units at a time for every value
   * at once. Each unit adds the embedding's dimensions in the same order whatever the count: the same floats.
   */
  private void computeContributions(float[][] targets, int[] values, int count, int feature) {
    int inputs = feature * embeddingSize;
    for (int first = 0; first < hiddenSize; first += UNIT_BLOCK) {
      int last = Math.min(first + UNIT_BLOCK, hiddenSize);
      for (int d = 0; d < embeddingSize; d++) {
        float[] weights = inputWeights[inputs + d];
        for (int k = 0; k < count; k++) {
          float x = embeddings[values[k] * embeddingSize + d];
          float[] target = targets[k];
          for (int unit = first; unit < last; unit++) {
            target[unit] += weights[unit] * x;
          }
        }
      }
    }
  }
}
