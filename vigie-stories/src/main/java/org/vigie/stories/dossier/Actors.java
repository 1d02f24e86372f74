package org.vigie.stories.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Actor;
import org.vigie.model.ActorRole;
import org.vigie.model.EntityId;
import org.vigie.model.EntityType;
import org.vigie.stories.text.Stopwords;
import org.vigie.text.Folding;

/**
 * Merges the entities of a story's articles into actors. Two entities are one actor when their folded names are
 * equal ("Inês Valadares" / "Ines Valadares"), when a one-word person name is the last word of exactly one longer
 * person name ("Valadares"), or when one name is the acronym of the other ("FAAC" / "Fédération autonome des agents
 * de conduite").
 */
final class Actors {
  private record Node(String article, ArticleDigest.Named entity) {
    String key() {
      return entity.key();
    }
  }

  private final List<Actor> actors = new ArrayList<>();
  private final Map<String, String> byArticleEntity = new HashMap<>();
  private final Map<String, String> byKey = new HashMap<>();
  /** The folded words of each actor's name, in the order of {@link #actors}: folded once, looked up per quote. */
  private final List<String> foldedNames = new ArrayList<>();
  private final Set<String> persons = new java.util.HashSet<>();

  Actors(List<ArticleDigest> articles) {
    List<Node> nodes = new ArrayList<>();
    for (ArticleDigest article : articles) {
      for (ArticleDigest.Named entity : article.entities()) {
        nodes.add(new Node(article.id(), entity));
      }
    }
    UnionFind sets = new UnionFind(nodes.size());
    Map<String, Integer> firstByKey = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Integer first = firstByKey.putIfAbsent(nodes.get(i).key(), i);
      if (first != null) {
        sets.union(first, i);
      }
    }
    List<String> keys = new ArrayList<>(firstByKey.keySet());
    // A one-word key can only be the last word or the initials of a longer one: index those, not every pair.
    Map<String, List<Integer>> longer = new HashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      String key = keys.get(k);
      int space = key.lastIndexOf(' ');
      if (space >= 0) {
        longer.computeIfAbsent(key.substring(space + 1), w -> new ArrayList<>()).add(k);
        longer.computeIfAbsent(initials(key), w -> new ArrayList<>()).add(k);
      }
    }
    for (String shortKey : keys) {
      if (shortKey.contains(" ")) {
        continue;
      }
      Node shortNode = nodes.get(firstByKey.get(shortKey));
      String match = null;
      int matches = 0;
      for (int k : longer.getOrDefault(shortKey, List.of()).stream().sorted().distinct().toList()) {
        String longKey = keys.get(k);
        Node longNode = nodes.get(firstByKey.get(longKey));
        if (isSurname(shortKey, shortNode, longKey, longNode) || isAcronym(shortKey, longKey)) {
          if (match == null || !sameSet(sets, firstByKey, match, longKey)) {
            matches++;
          }
          match = longKey;
        }
      }
      if (matches == 1) {
        sets.union(firstByKey.get(shortKey), firstByKey.get(match));
      }
    }
    Map<Integer, List<Node>> groups = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(nodes.get(i));
    }
    for (List<Node> group : groups.values()) {
      Actor actor = actor(group);
      actors.add(actor);
      for (Node node : group) {
        byArticleEntity.put(node.article() + "\u0000" + node.entity().id(), actor.name());
        byKey.putIfAbsent(node.key(), actor.name());
      }
    }
    actors.sort(Comparator.comparingInt((Actor a) -> -a.articles().size()).thenComparing(Actor::name));
    for (Actor actor : actors) {
      foldedNames.add(Folding.words(actor.name()));
      if (actor.type() == EntityType.PERSON) {
        persons.add(actor.name());
      }
    }
  }

  private static final Set<String> HONORIFICS =
      Set.of("m", "mme", "mlle", "mr", "mrs", "ms", "miss", "dr", "pr", "me", "sir", "dame");

  /** "mme valadares" → "valadares"; a name that is only an honorific stays as it is. */
  static String withoutHonorific(String key) {
    int space = key.indexOf(' ');
    while (space > 0 && HONORIFICS.contains(key.substring(0, space))) {
      key = key.substring(space + 1);
      space = key.indexOf(' ');
    }
    return key;
  }

  /** A mention as written, without the quote marks or punctuation a tagger may leave at its edges. */
  static String trimmed(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1)) && text.charAt(to - 1) != '.') {
      to--;
    }
    return text.substring(from, to);
  }

  private static boolean sameSet(UnionFind sets, Map<String, Integer> first, String a, String b) {
    return sets.find(first.get(a)) == sets.find(first.get(b));
  }

  private static boolean isSurname(String shortKey, Node shortNode, String longKey, Node longNode) {
    boolean persons = shortNode.entity().type() == EntityType.PERSON && longNode.entity().type() == EntityType.PERSON;
    return persons && !shortKey.contains(" ") && longKey.endsWith(" " + shortKey);
  }

  private static boolean isAcronym(String shortKey, String longKey) {
    if (shortKey.contains(" ") || shortKey.length() < 2 || !longKey.contains(" ")) {
      return false;
    }
    return initials(longKey).equals(shortKey);
  }

  /** The first letters of the words of a key that are not stop words. */
  private static String initials(String key) {
    StringBuilder initials = new StringBuilder();
    for (String word : key.split(" ")) {
      if (!Stopwords.contains(word)) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }

  private static Actor actor(List<Node> group) {
    Map<String, Integer> counts = new HashMap<>();
    Map<EntityType, Integer> types = new HashMap<>();
    for (Node node : group) {
      counts.merge(node.entity().name(), node.entity().mentions(), Integer::sum);
      types.merge(node.entity().type(), 1, Integer::sum);
    }
    String name = counts.keySet().stream()
        .max(Comparator.comparingInt((String n) -> n.split("\\s+").length)
            .thenComparingInt(Actors::countNonAscii)
            .thenComparingInt(counts::get)
            .thenComparing(Comparator.reverseOrder()))
        .orElseThrow();
    EntityType type = types.entrySet().stream()
        .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
        .orElseThrow().getKey();
    Set<String> aliases = new TreeSet<>();
    Set<ActorRole> roles = new LinkedHashSet<>();
    Set<String> articles = new TreeSet<>();
    for (Node node : group) {
      aliases.add(node.entity().name());
      aliases.addAll(node.entity().aliases());
      for (String role : node.entity().roles()) {
        roles.add(new ActorRole(role, node.article()));
      }
      articles.add(node.article());
    }
    aliases.remove(name);
    // the id of an entity the articles really name: the chosen name under its own type, the actor's when it has it
    String id = group.stream().map(Node::entity).filter(e -> e.name().equals(name))
        .min(Comparator.comparingInt((ArticleDigest.Named e) -> e.type() == type ? 0 : 1))
        .map(e -> EntityId.of(e.type(), name)).orElseThrow();
    return new Actor(id, name, type, List.copyOf(aliases), List.copyOf(roles), List.copyOf(articles));
  }

  /** Prefers the spelling with diacritics: "Inês" over "Ines". */
  private static int countNonAscii(String name) {
    return (int) name.chars().filter(c -> c > 127).count();
  }

  /** True when {@code name} is an actor of type PERSON. */
  boolean isPerson(@Nullable String name) {
    return name != null && persons.contains(name);
  }

  List<Actor> all() {
    return actors;
  }

  /** The actor an article's entity belongs to. */
  @Nullable String nameOf(String article, @Nullable String entityId) {
    return entityId == null ? null : byArticleEntity.get(article + "\u0000" + entityId);
  }

  /** The actor whose name (or surname) folds to the same key, if any. */
  @Nullable String nameOf(String rawName) {
    String key = withoutHonorific(Folding.words(rawName));
    String exact = byKey.get(key);
    if (exact != null) {
      return exact;
    }
    String found = null;
    for (int i = 0; i < actors.size(); i++) {
      String folded = foldedNames.get(i);
      if (folded.endsWith(" " + key) || folded.equals(key)) {
        String name = actors.get(i).name();
        if (found != null && !found.equals(name)) {
          return null;
        }
        found = name;
      }
    }
    return found;
  }
}
