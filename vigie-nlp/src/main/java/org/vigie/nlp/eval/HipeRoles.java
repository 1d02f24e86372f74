package org.vigie.nlp.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.NamedMention;

/**
 * Role recall on out-of-domain labelled French: HIPE-2022's hipe2020 files mark, inside each person mention, its
 * name and its function ("le célèbre marchand d'animaux de Hambourg"). Each document is rebuilt as text, its gold
 * person, place and organisation spans are given as named mentions (the person by its name component alone), and
 * the entity annotator's roles are scored against the functions as {@link WhoScorer} scores fr-wikinews roles. Names
 * are given, so only the role finding is measured. Documents split into halves by {@link GoldHalf} over their ids.
 */
public final class HipeRoles {
  private static final int TOKEN = 0;
  private static final int COARSE = 1;
  private static final int COMPONENT = 5;
  private static final int MISC = 9;

  private HipeRoles() {}

  /** One document: its text (an empty title, a blank line, the body), the mentions to give, the gold functions. */
  public record Document(String id, String text, List<NamedMention> mentions, List<GoldPerson> persons) {}

  /** A person mention with a name: where the name is, and the functions its span gives. */
  public record GoldPerson(Mention name, List<String> functions) {}

  /** Functions found of functions given, with the misses ("name: function; predicted [...]") and their classes. */
  public record Result(int functions, int found, List<String> misses, RoleErrors errors) {
    public double recall() {
      return functions == 0 ? 1 : (double) found / functions;
    }
  }

  /** The documents of one HIPE-2022 TSV file. */
  public static List<Document> read(Path tsv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read HIPE file " + tsv, e);
    }
    List<Document> documents = new ArrayList<>();
    String id = null;
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("# hipe2022:document_id")) {
        if (id != null) {
          documents.add(document(id, rows));
        }
        id = line.substring(line.indexOf('=') + 1).strip();
        rows = new ArrayList<>();
      } else if (id != null && !line.isBlank() && !line.startsWith("#") && !line.startsWith("TOKEN\t")) {
        String[] row = line.split("\t", -1);
        if (row.length <= MISC) {
          throw new IllegalArgumentException(tsv + ": document " + id + ": expected 10 columns in '" + line + "'");
        }
        rows.add(row);
      }
    }
    if (id != null) {
      documents.add(document(id, rows));
    }
    return documents;
  }

  /** The documents of {@code half} (ids in {@link GoldHalf#ORDER}). */
  public static List<Document> half(List<Document> documents, GoldHalf half) {
    Map<String, Document> byId = new LinkedHashMap<>();
    documents.forEach(document -> byId.put(document.id(), document));
    return half.of(List.copyOf(byId.keySet())).stream().map(byId::get).toList();
  }

  /** Scores the roles {@code annotate} gives the gold persons (it gets each document with its named mentions). */
  public static Result score(List<Document> documents, UnaryOperator<AnalyzedArticle> annotate) {
    int functions = 0;
    int found = 0;
    List<String> misses = new ArrayList<>();
    RoleErrors errors = RoleErrors.ZERO;
    for (Document document : documents) {
      Article article = new Article(document.id(), "hipe:" + document.id(), null, null, "", null, "fr",
          document.text().substring(2), Map.of());
      AnalyzedArticle analyzed = annotate.apply(AnalyzedArticle.of(article).withLanguage("fr")
          .withTokens(List.of(), List.of()).withNamedMentions(document.mentions()));
      for (GoldPerson person : document.persons()) {
        Predicate<Entity> named = entity -> entity.mentions().stream()
            .anyMatch(m -> m.start() == person.name().start());
        List<String> roles = analyzed.entities().stream().filter(named)
            .flatMap(entity -> entity.roles().stream()).distinct().toList();
        List<String> others = analyzed.entities().stream().filter(named.negate())
            .flatMap(entity -> entity.roles().stream()).distinct().toList();
        errors = errors.plus(RoleErrors.ofPerson(person.functions(), roles, others));
        for (String function : person.functions()) {
          functions++;
          if (roles.stream().anyMatch(role -> WhoScorer.roleMatches(function, role))) {
            found++;
          } else {
            misses.add(document.id() + " " + person.name().text() + ": " + function + "; predicted " + roles);
          }
        }
      }
    }
    return new Result(functions, found, misses, errors);
  }

  private static Document document(String id, List<String[]> rows) {
    StringBuilder text = new StringBuilder("\n\n");
    int[] starts = new int[rows.size()];
    int[] ends = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      starts[i] = text.length();
      text.append(rows.get(i)[TOKEN]);
      ends[i] = text.length();
      if (!rows.get(i)[MISC].contains("NoSpaceAfter")) {
        text.append(' ');
      }
    }
    String body = text.toString();
    List<NamedMention> mentions = new ArrayList<>();
    List<GoldPerson> persons = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String coarse = rows.get(i)[COARSE];
      if (!coarse.startsWith("B-")) {
        continue;
      }
      int end = i + 1;
      while (end < rows.size() && rows.get(end)[COARSE].equals("I-" + coarse.substring(2))) {
        end++;
      }
      EntityType type = switch (coarse.substring(2)) {
        case "pers" -> EntityType.PERSON;
        case "loc" -> EntityType.LOCATION;
        case "org" -> EntityType.ORGANIZATION;
        default -> null;
      };
      if (type == EntityType.PERSON) {
        person(body, rows, starts, ends, i, end, mentions, persons);
      } else if (type != null) {
        mentions.add(new NamedMention(mention(body, starts[i], ends[end - 1]), type));
      }
    }
    return new Document(id, body.stripTrailing(), mentions, persons);
  }

  /** The name component of the person mention over rows [from, to) and its function components. */
  private static void person(String text, List<String[]> rows, int[] starts, int[] ends, int from, int to,
      List<NamedMention> mentions, List<GoldPerson> persons) {
    int nameFirst = -1;
    int nameLast = -1;
    List<String> functions = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String component = rows.get(i)[COMPONENT];
      if (component.endsWith("comp.name")) {
        nameFirst = nameFirst < 0 ? i : nameFirst;
        nameLast = i;
      } else if (component.equals("B-comp.function")) {
        int last = i;
        while (last + 1 < to && rows.get(last + 1)[COMPONENT].equals("I-comp.function")) {
          last++;
        }
        functions.add(text.substring(starts[i], ends[last]));
      }
    }
    if (nameFirst < 0) {
      return;
    }
    Mention name = mention(text, starts[nameFirst], ends[nameLast]);
    mentions.add(new NamedMention(name, EntityType.PERSON));
    if (!functions.isEmpty()) {
      persons.add(new GoldPerson(name, functions));
    }
  }

  private static Mention mention(String text, int start, int end) {
    return new Mention(start, end, text.substring(start, end));
  }
}
