package org.vigie.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.vigie.app.fixtures.HandmadePipeline;
import org.vigie.model.Article;

/**
 * The process {@link StoriesKillNineIT} kills: streams generated articles {@code [0, total)} through a {@link Vigie}
 * (analysis by the hand-made pipeline, stories, store) and prints {@code ACK <id>} as each is stored. Arguments:
 * store directory, total, and after how many stored articles the clusterer's state is saved.
 */
public final class StoryCrashChild {
  static final int TOPICS = 12;

  private StoryCrashChild() {}

  /** Article {@code i}: on topic {@code i % 12}, with a word of its own; the people of the hand-made pipeline. */
  static Article article(int i) {
    int topic = (i * 7) % TOPICS;
    String person = HandmadePipeline.PEOPLE.get(topic % HandmadePipeline.PEOPLE.size());
    String title = "Dossier " + TOPIC_WORDS[topic] + " numéro " + i;
    String body = "Le dossier " + TOPIC_WORDS[topic] + " avance à " + PLACES[topic] + " (repère" + i + "). "
        + person + " a déclaré « le dossier " + TOPIC_WORDS[topic] + " reste ouvert ». Les habitants de "
        + PLACES[topic] + " suivent le " + TOPIC_WORDS[topic] + " de près.";
    return new Article("crash-" + i, "crash.jsonl:" + (i + 1), null, "Agence " + (i % 3), title,
        java.time.LocalDate.of(2026, 3, 1).plusDays(i / 40), "fr", body, Map.of());
  }

  private static final String[] TOPIC_WORDS = {"barrage", "tramway", "vignoble", "aéroport", "hôpital", "port",
      "forêt", "université", "marché", "stade", "canal", "phare"};
  private static final String[] PLACES = {"Valmoray", "Lisandre", "Bellerive", "Orvault", "Marnay", "Corvel",
      "Tessy", "Aubrac", "Lunel", "Pradel", "Vizille", "Cernay"};

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int total = Integer.parseInt(args[1]);
    StoryDesk.checkpointArticles = Integer.parseInt(args[2]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Vigie vigie = Vigie.open(dir, HandmadePipeline::create, 1)) {
      out.println("READY");
      vigie.ingest().ingest(sink -> {
        for (int i = 0; i < total; i++) {
          sink.article(article(i));
        }
      }, new IngestListener() {
        @Override
        public void added(String articleId) {
          out.println("ACK " + articleId);
        }
      });
    }
    out.println("DONE");
  }

  static List<String> ids(int total) {
    return java.util.stream.IntStream.range(0, total).mapToObj(i -> "crash-" + i).toList();
  }
}
