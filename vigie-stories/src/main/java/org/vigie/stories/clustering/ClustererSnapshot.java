package org.vigie.stories.clustering;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The saved state of an {@link IncrementalClusterer}: the window of active stories with everything that decides
 * where the next article goes — document frequencies, each story's sums (with their cached norms), recent members,
 * years, days, languages and dates, the inverted index and the LSH buckets in their exact orders, the recency order,
 * the clock — so that a restored clusterer goes on as the saved one would. Stories out of the window are left out.
 *
 * <p>Binary, versioned ({@value #FORMAT}), and tied to the configuration: a state saved by another version or with
 * another configuration is refused, and the caller builds the state again from the articles. Feature strings are
 * written once, in a table, and the restored clusterer shares one instance of each.
 */
final class ClustererSnapshot {
  private static final long MAGIC = 0x5649474945434c31L; // "VIGIECL1"
  static final int FORMAT = 5;

  private ClustererSnapshot() {}

  // ------------------------------------------------------------------------------------------------ write

  static void write(IncrementalClusterer c, OutputStream raw) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
    List<StoryState> active = c.stories.stream().filter(s -> s.active).toList();
    // In the order of their features: the map's own order depends on its history (features forgotten), not its keys.
    List<DocumentFrequencies.Count> counts = new ArrayList<>(c.df.counts.values());
    counts.sort(java.util.Comparator.comparing(count -> count.feature));
    Strings strings = new Strings();
    counts.forEach(count -> strings.add(count.feature));
    for (StoryState story : active) {
      for (FeatureSpace space : FeatureSpace.ALL) {
        story.sum(space).features().forEach(strings::add);
      }
      for (ArticleFeatures member : story.recent) {
        member.spaces().forEach(weights -> weights.keySet().forEach(strings::add));
      }
    }
    c.postings.lists.keySet().forEach(strings::add);

    out.writeLong(MAGIC);
    out.writeInt(FORMAT);
    text(out, c.config.toString());
    out.writeInt(strings.list.size());
    for (String s : strings.list) {
      text(out, s);
    }
    // document frequencies
    out.writeInt(c.df.documents());
    out.writeInt(counts.size());
    for (DocumentFrequencies.Count count : counts) {
      out.writeInt(strings.index(count.feature));
      out.writeInt(count.documents);
      out.writeInt(count.lastSeen);
    }
    // stories
    out.writeInt(c.nextSeq);
    out.writeInt(active.size());
    Map<ArticleFeatures, int[]> where = new IdentityHashMap<>();
    for (StoryState story : active) {
      text(out, story.id);
      out.writeInt(story.seq);
      out.writeInt(story.memberIds.size());
      for (String member : story.memberIds) {
        text(out, member);
        Assignment a = c.assignments.get(member);
        out.writeBoolean(a != null);
        if (a != null) {
          out.writeDouble(a.similarity());
          out.writeBoolean(a.newStory());
          optionalText(out, a.nearDuplicateOf());
        }
      }
      out.writeInt(story.recent.size());
      for (int i = 0; i < story.recent.size(); i++) {
        ArticleFeatures member = story.recent.get(i);
        where.put(member, new int[] {story.seq, i});
        features(out, member, strings);
      }
      for (FeatureSpace space : FeatureSpace.ALL) {
        sum(out, story.sum(space), strings);
      }
      out.writeInt(story.headlines);
      out.writeInt(story.years.size());
      for (int year : story.years) {
        out.writeInt(year);
      }
      days(out, story.days);
      out.writeInt(story.languages.size());
      for (String language : story.languages) {
        text(out, language);
      }
      date(out, story.first);
      date(out, story.last);
    }
    // the inverted index, each list in its order
    out.writeInt(c.postings.lists.size());
    for (Map.Entry<String, LinkedHashSet<StoryState>> list : c.postings.lists.entrySet()) {
      out.writeInt(strings.index(list.getKey()));
      out.writeInt(list.getValue().size());
      for (StoryState story : list.getValue()) {
        out.writeInt(story.seq);
      }
    }
    // the LSH buckets, each in its order, members named by story and place among its recent members
    out.writeInt(c.bands.buckets.size());
    for (Map.Entry<Long, ArrayDeque<ArticleFeatures>> bucket : c.bands.buckets.entrySet()) {
      out.writeLong(bucket.getKey());
      out.writeInt(bucket.getValue().size());
      for (ArticleFeatures member : bucket.getValue()) {
        int[] at = where.get(member);
        if (at == null) {
          throw new IllegalStateException("an LSH bucket holds an article no active story keeps: " + member.id());
        }
        out.writeInt(at[0]);
        out.writeInt(at[1]);
      }
    }
    out.writeInt(c.recency.size());
    for (StoryState story : c.recency) {
      out.writeInt(story.seq);
    }
    date(out, c.clock);
    out.writeLong(MAGIC);
    out.flush();
  }

  private static void features(DataOutputStream out, ArticleFeatures a, Strings strings) throws IOException {
    text(out, a.id());
    text(out, a.title());
    text(out, a.language());
    date(out, a.published());
    out.writeBoolean(a.headline());
    for (Map<String, Double> weights : a.spaces()) {
      weights(out, weights, strings);
    }
    out.writeInt(a.years().size());
    for (int year : a.years()) {
      out.writeInt(year);
    }
    days(out, a.days());
    out.writeInt(a.signature().length);
    for (long v : a.signature()) {
      out.writeLong(v);
    }
  }

  private static void weights(DataOutputStream out, Map<String, Double> weights, Strings strings) throws IOException {
    CompactWeights compact = (CompactWeights) weights;
    out.writeInt(compact.features.length);
    for (int i = 0; i < compact.features.length; i++) {
      out.writeInt(strings.index(compact.features[i]));
      out.writeDouble(compact.weights[i]);
    }
  }

  /**
   * The entries in the order they were first added (re-inserted in that order, so sums are added in the same
   * order), then the changed ones in the order they changed, and the cached norm.
   */
  private static void sum(DataOutputStream out, FeatureSum sum, Strings strings) throws IOException {
    out.writeInt(sum.size);
    for (int i = 0; i < sum.size; i++) {
      out.writeInt(strings.index(sum.features[i]));
      out.writeDouble(sum.sums[i]);
      out.writeDouble(sum.weighted[i]);
      out.writeBoolean(sum.pending[i]);
    }
    out.writeInt(sum.pendingCount);
    for (int p = 0; p < sum.pendingCount; p++) {
      out.writeInt(strings.index(sum.features[sum.pendingOrder[p]]));
    }
    out.writeDouble(sum.squaredNorm);
    out.writeInt(sum.normDocuments);
  }

  private static void days(DataOutputStream out, EventDays days) throws IOException {
    out.writeInt(days.dated.size());
    for (long d : days.dated) {
      out.writeLong(d);
    }
    out.writeInt(days.ofYear.size());
    for (int d : days.ofYear) {
      out.writeInt(d);
    }
    out.writeInt(days.yearless.size());
    for (int d : days.yearless) {
      out.writeInt(d);
    }
  }

  private static void date(DataOutputStream out, @Nullable LocalDate date) throws IOException {
    out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
  }

  private static void text(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static void optionalText(DataOutputStream out, @Nullable String text) throws IOException {
    out.writeBoolean(text != null);
    if (text != null) {
      text(out, text);
    }
  }

  /** Every distinct string once, numbered in the order first seen. */
  private static final class Strings {
    final List<String> list = new ArrayList<>();
    final Map<String, Integer> numbers = new HashMap<>();

    void add(String s) {
      numbers.computeIfAbsent(s, k -> {
        list.add(k);
        return list.size() - 1;
      });
    }

    int index(String s) {
      Integer n = numbers.get(s);
      if (n == null) {
        throw new IllegalStateException("a feature missing from the string table: " + s);
      }
      return n;
    }
  }

  // ------------------------------------------------------------------------------------------------- read

  static IncrementalClusterer read(InputStream raw, ClusteringConfig config) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
    if (in.readLong() != MAGIC) {
      throw new IOException("not a saved clusterer");
    }
    int format = in.readInt();
    if (format != FORMAT) {
      throw new IOException("a clusterer saved in format " + format + "; this Vigie reads format " + FORMAT);
    }
    String savedConfig = text(in);
    if (!savedConfig.equals(config.toString())) {
      throw new IOException("a clusterer saved with another configuration");
    }
    String[] strings = new String[in.readInt()];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = text(in);
    }
    IncrementalClusterer c = new IncrementalClusterer(config);
    c.df.restoreDocuments(in.readInt());
    for (int n = in.readInt(); n > 0; n--) {
      String feature = strings[in.readInt()];
      int documents = in.readInt();
      c.df.restore(feature, documents, in.readInt());
    }
    c.nextSeq = in.readInt();
    Map<Integer, StoryState> bySeq = new HashMap<>();
    for (int n = in.readInt(); n > 0; n--) {
      StoryState story = new StoryState(text(in), in.readInt());
      for (int m = in.readInt(); m > 0; m--) {
        String member = text(in);
        story.memberIds.add(member);
        if (in.readBoolean()) {
          c.storyOfArticle.put(member, story);
          double similarity = in.readDouble();
          boolean newStory = in.readBoolean();
          String nearDuplicateOf = in.readBoolean() ? text(in) : null;
          c.assignments.put(member, new Assignment(member, story.id, similarity, newStory, nearDuplicateOf));
        }
      }
      for (int m = in.readInt(); m > 0; m--) {
        story.recent.add(features(in, strings));
      }
      for (FeatureSpace space : FeatureSpace.ALL) {
        sum(in, story.sum(space), strings);
      }
      story.headlines = in.readInt();
      for (int m = in.readInt(); m > 0; m--) {
        story.years.add(in.readInt());
      }
      days(in, story.days);
      for (int m = in.readInt(); m > 0; m--) {
        story.languages.add(text(in));
      }
      story.first = date(in);
      story.last = date(in);
      c.stories.add(story);
      c.storiesById.put(story.id, story);
      bySeq.put(story.seq, story);
      if (story.last != null) {
        c.byLastDate.computeIfAbsent(story.last, k -> new HashSet<>()).add(story);
      }
    }
    for (int n = in.readInt(); n > 0; n--) {
      String feature = strings[in.readInt()];
      LinkedHashSet<StoryState> list = new LinkedHashSet<>();
      for (int m = in.readInt(); m > 0; m--) {
        list.add(story(bySeq, in.readInt()));
      }
      c.postings.lists.put(feature, list);
    }
    for (int n = in.readInt(); n > 0; n--) {
      long key = in.readLong();
      int size = in.readInt();
      ArrayDeque<ArticleFeatures> bucket = new ArrayDeque<>(Math.max(1, size));
      for (int m = 0; m < size; m++) {
        StoryState story = story(bySeq, in.readInt());
        bucket.add(story.recent.get(in.readInt()));
      }
      c.bands.buckets.put(key, bucket);
    }
    for (int n = in.readInt(); n > 0; n--) {
      c.recency.add(story(bySeq, in.readInt()));
    }
    c.clock = date(in);
    if (in.readLong() != MAGIC) {
      throw new IOException("a saved clusterer cut short");
    }
    return c;
  }

  private static StoryState story(Map<Integer, StoryState> bySeq, int seq) throws IOException {
    StoryState story = bySeq.get(seq);
    if (story == null) {
      throw new IOException("a saved clusterer names story " + seq + ", which it does not hold");
    }
    return story;
  }

  private static ArticleFeatures features(DataInputStream in, String[] strings) throws IOException {
    String id = text(in);
    String title = text(in);
    String language = text(in);
    LocalDate published = date(in);
    boolean headline = in.readBoolean();
    List<Map<String, Double>> spaces = new ArrayList<>(FeatureSpace.ALL.length);
    for (int i = 0; i < FeatureSpace.ALL.length; i++) {
      spaces.add(weights(in, strings));
    }
    Set<Integer> years = new HashSet<>();
    for (int n = in.readInt(); n > 0; n--) {
      years.add(in.readInt());
    }
    EventDays days = new EventDays();
    days(in, days);
    long[] signature = new long[in.readInt()];
    for (int i = 0; i < signature.length; i++) {
      signature[i] = in.readLong();
    }
    return new ArticleFeatures(id, title, language, published, headline, spaces, Set.copyOf(years), days,
        signature);
  }

  private static CompactWeights weights(DataInputStream in, String[] strings) throws IOException {
    int n = in.readInt();
    String[] features = new String[n];
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      features[i] = strings[in.readInt()];
      weights[i] = in.readDouble();
    }
    return new CompactWeights(features, weights);
  }

  private static void sum(DataInputStream in, FeatureSum sum, String[] strings) throws IOException {
    for (int n = in.readInt(); n > 0; n--) {
      int i = sum.append(strings[in.readInt()]);
      sum.sums[i] = in.readDouble();
      sum.weighted[i] = in.readDouble();
      in.readBoolean(); // set again, with the order, from the list of changed entries below
    }
    for (int n = in.readInt(); n > 0; n--) {
      int i = sum.indexOf(strings[in.readInt()]);
      if (i < 0) {
        throw new IOException("a saved clusterer marks as changed a feature its sum does not hold");
      }
      sum.markPending(i);
    }
    sum.squaredNorm = in.readDouble();
    sum.normDocuments = in.readInt();
  }

  private static void days(DataInputStream in, EventDays days) throws IOException {
    for (int n = in.readInt(); n > 0; n--) {
      days.dated.add(in.readLong());
    }
    for (int n = in.readInt(); n > 0; n--) {
      days.ofYear.add(in.readInt());
    }
    for (int n = in.readInt(); n > 0; n--) {
      days.yearless.add(in.readInt());
    }
  }

  private static @Nullable LocalDate date(DataInputStream in) throws IOException {
    long day = in.readLong();
    return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
  }

  private static String text(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 24) {
      throw new IOException("a saved clusterer with a string of " + length + " bytes");
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
