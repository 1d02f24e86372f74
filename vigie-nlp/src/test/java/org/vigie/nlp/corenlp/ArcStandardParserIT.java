package org.vigie.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Vigie's run of CoreNLP's neural parser models gives exactly CoreNLP's parse (head and relation of every word) on
 * sentences written here, plus the first articles of the French TimeBank and of PolNeAR's dev split when
 * {@code ../shared} holds them.
 */
class ArcStandardParserIT {
  private static final int SHARED_FILES = 5;

  @Test
  void french_sameParseAsCoreNlp() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "« Nous ne céderons pas », a déclaré mardi le ministre de l'Intérieur, Jean Dupont, devant les députés.",
        "Le projet a été adopté par l'Assemblée nationale après trois jours de débats houleux.",
        "Selon la porte-parole du gouvernement, les négociations reprendront la semaine prochaine à Genève.",
        "Elle a estimé que la réforme, contestée depuis des mois par les syndicats, n'était pas négociable.",
        "Les pêcheurs, qui ont bloqué le port pendant deux jours, accusent Bruxelles de les sacrifier."));
    texts.addAll(shared("corpora/fr-timebank", ".tml"));
    assertSameParses(CoreNlpModel.FRENCH, texts);
  }

  @Test
  void english_sameParseAsCoreNlp() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "\"We will not give in,\" the interior minister, John Smith, told lawmakers on Tuesday.",
        "The bill was passed by the Senate after three days of heated debate.",
        "According to a government spokeswoman, talks will resume in Geneva next week.",
        "She said the reform, which unions have opposed for months, was not up for negotiation."));
    texts.addAll(shared("corpora/polnear/dev/text", ".txt"));
    assertSameParses(CoreNlpModel.ENGLISH, texts);
  }

  private static void assertSameParses(CoreNlpModel model, List<String> texts) {
    Properties tagging = model.properties();
    tagging.setProperty("annotators", model.readers() + ",pos");
    StanfordCoreNLP tagger = new StanfordCoreNLP(tagging);
    Properties parsing = model.properties();
    parsing.setProperty("annotators", "depparse");
    parsing.setProperty("depparse.model", model.parserModel());
    StanfordCoreNLP coreNlp = new StanfordCoreNLP(parsing, false);
    ArcStandardParser ours = new ArcStandardParser(ParserNetwork.load(model.parserModel(), 20_000));

    int words = 0;
    for (String text : texts) {
      Annotation annotation = new Annotation(text);
      tagger.annotate(annotation);
      coreNlp.annotate(annotation);
      for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        ArcStandardParser.Parse parse = ours.parse(labels.stream().map(CoreLabel::word).toList(),
            labels.stream().map(CoreLabel::tag).toList());
        assertThat(render(parse)).as(sentence.toString()).isEqualTo(render(sentence));
        words += labels.size();
      }
    }
    assertThat(words).isGreaterThan(80);
  }

  /** "head relation" for each word, from CoreNLP's basic dependencies. */
  private static List<String> render(CoreMap sentence) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    int size = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
    String[] words = new String[size];
    for (IndexedWord word : graph.vertexSet()) {
      if (graph.getRoots().contains(word)) {
        words[word.index() - 1] = "0 root";
      } else {
        SemanticGraphEdge edge = graph.incomingEdgeIterator(word).next();
        words[word.index() - 1] = edge.getGovernor().index() + " " + edge.getRelation();
      }
    }
    return List.of(words);
  }

  private static List<String> render(ArcStandardParser.Parse parse) {
    List<String> words = new ArrayList<>();
    for (int word = 1; word <= parse.size(); word++) {
      words.add(parse.heads()[word] + " " + parse.labels()[word]);
    }
    return words;
  }

  /** The first files of a folder of ../shared, markup removed; none when it is absent. */
  private static List<String> shared(String folder, String extension) throws IOException {
    String root = System.getProperty("vigie.shared");
    Path directory = root == null ? null : Path.of(root, folder);
    if (directory == null || !Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(extension)).sorted().limit(SHARED_FILES).toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8).replaceAll("<[^>]*>", " "));
      }
      return texts;
    }
  }
}
