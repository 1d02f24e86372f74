package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Layer;
import org.vigie.model.Mention;
import org.vigie.model.NamedMention;
import org.vigie.nlp.Annotator;

/**
 * Adds {@link Layer#ENTITIES}: the named mentions grouped by referent within the article.
 *
 * <p>Two mentions share an entity when they have the same type and the same name, compared without case, accents,
 * whitespace runs, a leading article ("la Chine", "the UN") or a courtesy title ("M. Araghchi"). A person named by
 * surname only joins the one earlier person entity whose full name ends with it ("Araghchi" after "Abbas Araghchi",
 * "Le Pen" after "Marine Le Pen"); when several do ("Trump" after "Donald Trump" and "Melania Trump") it stays on
 * its own.
 *
 * <p>Entities are numbered {@code e1}, {@code e2}, ... in order of first mention; each is named by its longest
 * form and lists its mentions in text order. Roles are left empty.
 */
public final class EntityGrouper implements Annotator {
  private static final Comparator<NamedMention> TEXT_ORDER = Comparator
      .comparingInt((NamedMention named) -> named.mention().start())
      .thenComparingInt(named -> named.mention().end());

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.NAMED_MENTIONS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public AnalyzedArticle annotate(AnalyzedArticle document) {
    return document.withEntities(group(document.namedMentions()));
  }

  private static List<Entity> group(List<NamedMention> namedMentions) {
    List<NamedMention> ordered = namedMentions.stream().sorted(TEXT_ORDER).toList();
    List<Group> groups = new ArrayList<>();
    Map<GroupKey, Group> byKey = new HashMap<>();
    for (NamedMention named : ordered) {
      String display = Names.display(named.mention().text(), named.type());
      String key = Names.key(display);
      GroupKey groupKey = new GroupKey(named.type(), key);
      Group group = byKey.get(groupKey);
      if (group == null) {
        group = fullNameEndingWith(key, named.type(), groups).orElseGet(() -> {
          Group created = new Group("e" + (groups.size() + 1), named.type());
          groups.add(created);
          return created;
        });
        byKey.put(groupKey, group);
      }
      group.add(named.mention(), display, key);
    }
    return groups.stream().map(Group::toEntity).toList();
  }

  /** The unique earlier person entity with a longer name ending in the person name {@code key}. */
  private static Optional<Group> fullNameEndingWith(String key, EntityType type, List<Group> groups) {
    if (type != EntityType.PERSON || key.isEmpty()) {
      return Optional.empty();
    }
    String suffix = " " + key;
    List<Group> candidates = groups.stream()
        .filter(group -> group.type == EntityType.PERSON)
        .filter(group -> group.keys.stream().anyMatch(name -> name.endsWith(suffix)))
        .toList();
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private record GroupKey(EntityType type, String name) {}

  /** An entity being built. */
  private static final class Group {
    private final String id;
    private final EntityType type;
    private final List<Mention> mentions = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private String name = "";

    Group(String id, EntityType type) {
      this.id = id;
      this.type = type;
    }

    void add(Mention mention, String display, String key) {
      mentions.add(mention);
      keys.add(key);
      if (display.length() > name.length()) {
        name = display;
      }
    }

    Entity toEntity() {
      return new Entity(id, name, type, List.of(), mentions);
    }
  }
}
