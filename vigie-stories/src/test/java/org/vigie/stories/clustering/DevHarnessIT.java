package org.vigie.stories.clustering;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.IngestResult;
import org.vigie.ingest.Ingestor;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Layer;
import org.vigie.model.Mention;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;
import org.vigie.model.Token;
import org.vigie.model.Duplicate;
import org.vigie.model.Story;
import org.vigie.nlp.Analyzers;
import org.vigie.stories.eval.ClusterScores;
import org.vigie.stories.eval.GoldStories;

/** DEV ONLY (not committed): analyses once, cross-validates several feature masks in one JVM. */
class DevHarnessIT {
  @Test
  void run() throws Exception {
    String shared = System.getProperty("vigie.shared");
    List<LabelledCorpus> corpora = new ArrayList<>();
    for (Path dir : List.of(Path.of(shared, "corpora/ecbplus"), Path.of(shared, "corpora/fr-headline-clusters"),
        Path.of("../corpora/bilingual-dev"))) {
      corpora.add(read(dir));
    }
    LabelledCorpus test = read(Path.of("../corpora/bilingual-test"));
    String[] variants = System.getProperty("variants", "0").split(";", -1);
    AssignmentTrainer.FIXED_PENALTY = Double.parseDouble(System.getProperty("penalty", "3"));
    ClusteringConfig config = ClusteringConfig.defaults();
    AssignmentTrainer trainer = new AssignmentTrainer(config);
    int k = 5;
    List<List<Map<String, String>>> folds = new ArrayList<>();
    for (LabelledCorpus corpus : corpora) {
      folds.add(org.vigie.stories.eval.Folds.byTopic(corpus.gold(), k));
    }
    double[][][] oof = new double[variants.length][corpora.size()][k];
    double[][][] in = new double[variants.length][corpora.size()][k];
    AssignmentModel all = trainer.train(corpora);
    for (int f = 0; f < k; f++) {
      List<LabelledCorpus> training = new ArrayList<>();
      for (int c = 0; c < corpora.size(); c++) {
        Map<String, String> rest = new HashMap<>(corpora.get(c).gold());
        rest.keySet().removeAll(folds.get(c).get(f).keySet());
        training.add(corpora.get(c).restrictedTo(rest));
      }
      AssignmentModel model = trainer.train(training);
      if (Boolean.getBoolean("inner")) {
        String chosen = innerChoice(trainer, training, variants);
        System.err.println("fold " + f + " inner choice " + chosen);
        knobs(chosen);
        for (int c = 0; c < corpora.size(); c++) {
          LabelledCorpus held = corpora.get(c).restrictedTo(folds.get(c).get(f));
          System.err.printf(Locale.ROOT, "INNER fold %d %s oof %.3f%n", f, corpora.get(c).name(),
              CrossValidation.score(a -> trainer.cluster(model, a), held).bcubedF1());
        }
        continue;
      }
      for (int c = 0; c < corpora.size(); c++) {
        LabelledCorpus held = corpora.get(c).restrictedTo(folds.get(c).get(f));
        for (int v = 0; v < variants.length; v++) {
          knobs(variants[v]);
          oof[v][c][f] = CrossValidation.score(a -> trainer.cluster(model, a), held).bcubedF1();
          in[v][c][f] = CrossValidation.score(a -> trainer.cluster(all, a), held).bcubedF1();
        }
      }
      System.err.println("fold " + f + " done");
    }
    for (int v = 0; v < variants.length; v++) {
      knobs(variants[v]);
      StringBuilder sb = new StringBuilder("VARIANT delay=[" + variants[v] + "]");
      for (int c = 0; c < corpora.size(); c++) {
        double[] s = oof[v][c];
        double m = java.util.Arrays.stream(s).average().orElse(0);
        double sd = Math.sqrt(java.util.Arrays.stream(s).map(x -> (x - m) * (x - m)).sum() / (k - 1));
        double inside = java.util.Arrays.stream(in[v][c]).average().orElse(0);
        sb.append(String.format(Locale.ROOT, "\n  %s oof %.3f ± %.3f in %.3f folds", corpora.get(c).name(), m, sd,
            inside));
        for (double x : s) {
          sb.append(String.format(Locale.ROOT, " %.3f", x));
        }
      }
      Map<String, String> story = new HashMap<>();
      for (Story s : trainer.cluster(all, test.articles())) {
        s.articles().forEach(id -> story.put(id, s.id()));
      }
      Map<String, String> language = new HashMap<>();
      test.articles().forEach(a -> language.put(a.id(), a.language()));
      int joined = 0;
      int apart = 0;
      for (int i = 1; i <= 20; i++) {
        String french = "bl%02d-fr".formatted(i);
        String english = "bl%02d-en".formatted(i);
        String other = "bl%02d-d".formatted(i);
        joined += story.get(french).equals(story.get(english)) ? 1 : 0;
        String across = language.get(other).equals("fr") ? english : french;
        apart += story.get(other).equals(story.get(across)) ? 0 : 1;
      }
      sb.append(String.format(Locale.ROOT, "\n  bilingual-test joined %d apart %d F1 %.3f", joined, apart,
          ClusterScores.of(test.gold(), story).bcubedF1()));
      System.err.println(sb);
    }
  }

  /** The variant with the best mean inner-fold B-cubed F1 (3 folds by topic inside the training data). */
  private static String innerChoice(AssignmentTrainer trainer, List<LabelledCorpus> training, String[] variants) {
    int k = 3;
    List<List<Map<String, String>>> folds = new ArrayList<>();
    for (LabelledCorpus corpus : training) {
      folds.add(org.vigie.stories.eval.Folds.byTopic(corpus.gold(), k));
    }
    double[] score = new double[variants.length];
    for (int g = 0; g < k; g++) {
      List<LabelledCorpus> inner = new ArrayList<>();
      for (int c = 0; c < training.size(); c++) {
        Map<String, String> rest = new HashMap<>(training.get(c).gold());
        rest.keySet().removeAll(folds.get(c).get(g).keySet());
        inner.add(training.get(c).restrictedTo(rest));
      }
      AssignmentModel model = trainer.train(inner);
      for (int c = 0; c < training.size(); c++) {
        LabelledCorpus held = training.get(c).restrictedTo(folds.get(c).get(g));
        for (int v = 0; v < variants.length; v++) {
          knobs(variants[v]);
          score[v] += CrossValidation.score(a -> trainer.cluster(model, a), held).bcubedF1();
        }
      }
    }
    int best = 0;
    for (int v = 1; v < variants.length; v++) {
      if (score[v] > score[best] + 1e-9) {
        best = v;
      }
    }
    System.err.println("inner scores " + java.util.Arrays.toString(score));
    return variants[best];
  }

  private static void knobs(String variant) {
    String[] knobs = variant.trim().split(",");
    IncrementalClusterer.DELAY_MARGIN = Double.parseDouble(knobs[0]);
    IncrementalClusterer.DELAY_WAIT = knobs.length > 1 ? Integer.parseInt(knobs[1]) : 6;
    IncrementalClusterer.DELAY_MAX_SIZE = knobs.length > 2 ? Integer.parseInt(knobs[2]) : 2;
    IncrementalClusterer.DELAY_PENDING_JOIN = knobs.length <= 3 || knobs[3].equals("p");
    String flags = knobs.length > 4 ? knobs[4] : "";
    IncrementalClusterer.DELAY_FULL_ONLY = flags.contains("f");
    IncrementalClusterer.DELAY_LOOKAHEAD = !flags.contains("l");
  }

  private static String str(java.io.DataInputStream in) throws java.io.IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void str(java.io.DataOutputStream out, String s) throws java.io.IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static LabelledCorpus read(Path dir) throws Exception {
    Path cache = Path.of("/tmp/i12e/cache-" + dir.getFileName() + ".bin");
    List<AnalyzedArticle> analysed;
    Map<String, String> copies = new HashMap<>();
    if (java.nio.file.Files.exists(cache)) {
      analysed = new ArrayList<>();
      try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
          java.nio.file.Files.newInputStream(cache)))) {
        int nc = in.readInt();
        for (int i = 0; i < nc; i++) {
          copies.put(in.readUTF(), in.readUTF());
        }
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String id = in.readUTF();
          String source = in.readUTF();
          String title = str(in);
          String pub = in.readUTF();
          String lang = in.readUTF();
          String body = str(in);
          String alang = in.readUTF();
          Article article = new Article(id, source, null, null, title, pub.isEmpty() ? null
              : java.time.LocalDate.parse(pub), lang.isEmpty() ? null : lang, body, Map.of());
          int ne = in.readInt();
          List<Entity> entities = new ArrayList<>();
          for (int e = 0; e < ne; e++) {
            String eid = in.readUTF();
            String name = in.readUTF();
            EntityType type = EntityType.valueOf(in.readUTF());
            int nm = in.readInt();
            List<Mention> mentions = new ArrayList<>();
            for (int m = 0; m < nm; m++) {
              mentions.add(new Mention(in.readInt(), in.readInt(), in.readUTF()));
            }
            entities.add(new Entity(eid, name, type, List.of(), mentions));
          }
          int nt = in.readInt();
          List<TimeMention> times = new ArrayList<>();
          for (int t = 0; t < nt; t++) {
            times.add(new TimeMention(in.readUTF(), in.readInt(), in.readInt(), TimeType.valueOf(in.readUTF()),
                in.readUTF()));
          }
          int nk = in.readInt();
          List<Token> tokens = new ArrayList<>();
          for (int t = 0; t < nk; t++) {
            tokens.add(new Token(in.readInt(), in.readInt(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF()));
          }
          analysed.add(new AnalyzedArticle(article, article.text(), alang.isEmpty() ? null : alang, tokens,
              List.of(), List.of(), entities, List.of(), times, List.of(), java.util.EnumSet.of(Layer.TEXT,
                  Layer.LANGUAGE, Layer.ENTITIES, Layer.TIMES, Layer.TOKENS)));
        }
      }
    } else {
      IngestResult result = new Ingestor(IngestOptions.defaults()).read(List.of(dir.resolve("articles.jsonl").toString()));
      analysed = Analyzers.standard().analyzeAll(result.articles(), 2);
      for (Duplicate d : result.duplicates()) {
        copies.put(d.id(), d.duplicateOf());
      }
      try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
          java.nio.file.Files.newOutputStream(cache)))) {
        out.writeInt(copies.size());
        for (Map.Entry<String, String> c : copies.entrySet()) {
          out.writeUTF(c.getKey());
          out.writeUTF(c.getValue());
        }
        out.writeInt(analysed.size());
        for (AnalyzedArticle a : analysed) {
          Article art = a.article();
          out.writeUTF(art.id());
          out.writeUTF(art.source());
          str(out, art.title());
          out.writeUTF(art.published() == null ? "" : art.published().toString());
          out.writeUTF(art.language() == null ? "" : art.language());
          str(out, art.body());
          out.writeUTF(a.language() == null ? "" : a.language());
          out.writeInt(a.entities().size());
          for (Entity e : a.entities()) {
            out.writeUTF(e.id());
            out.writeUTF(e.name());
            out.writeUTF(e.type().name());
            out.writeInt(e.mentions().size());
            for (Mention m : e.mentions()) {
              out.writeInt(m.start());
              out.writeInt(m.end());
              out.writeUTF(m.text());
            }
          }
          out.writeInt(a.times().size());
          for (TimeMention t : a.times()) {
            out.writeUTF(t.text());
            out.writeInt(t.start());
            out.writeInt(t.end());
            out.writeUTF(t.type().name());
            out.writeUTF(t.value());
          }
          out.writeInt(a.tokens().size());
          for (Token t : a.tokens()) {
            out.writeInt(t.start());
            out.writeInt(t.end());
            out.writeUTF(t.text());
            out.writeUTF(t.word());
            out.writeUTF(t.pos() == null ? "" : t.pos());
            out.writeUTF(t.ner() == null ? "" : t.ner());
          }
        }
      }
    }
    return new LabelledCorpus(dir.getFileName().toString(), analysed, GoldStories.read(dir.resolve("stories.tsv")),
        copies);
  }
}
