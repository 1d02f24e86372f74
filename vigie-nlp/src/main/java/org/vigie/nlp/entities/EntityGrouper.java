package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.text.Folding;

/**
 * Adds {@link Layer#ENTITIES}: the named mentions, corrected, grouped by referent within the article, with their
 * roles.
 *
 * <ol>
 *   <li>{@link MentionCorrector} fixes the tagger's usual mistakes (capitals as persons, titles as names, leading
 *       determiners, demonyms, "sur X").
 *   <li>{@link TypeVotes} gives each name one type across the article, and {@link Acronyms} links acronyms the
 *       article defines in parentheses to their expansion ("Nouvelle Démocratie (ND)"): they vote and group together.
 *   <li>Two mentions share an entity when they have the same type and the same name, compared without case,
 *       accents, whitespace runs, a leading article ("la Chine", "the UN") or a courtesy title ("M. Araghchi"), and
 *       through the alias list ("USA", "Etats-Unis" and "Amérique" are one country). A person named by surname
 *       only joins the one earlier person entity whose full name ends with it ("Araghchi" after "Abbas Araghchi");
 *       when several do ("Trump" after "Donald Trump" and "Melania Trump") it stays on its own.
 *   <li>{@link RoleFinder} gives each person the titles and appositions beside its names, deduplicated, in text
 *       order.
 *   <li>{@link TitleReferences}: a title phrase used alone ("le président américain") becomes a mention of the
 *       one person whose role it repeats.
 * </ol>
 *
 * <p>Entities are numbered {@code e1}, {@code e2}, ... in order of first mention; each is named by its longest form
 * (the accented one when two are as long: "États-Unis" rather than "Etats-Unis") and lists its mentions in text
 * order.
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
    String text = document.text();
    List<NamedMention> corrected = MentionCorrector.correct(text, document.namedMentions());
    Acronyms acronyms = Acronyms.find(text, corrected);
    List<NamedMention> typed = TypeVotes.apply(corrected, acronyms);
    return document.withEntities(withTitleReferences(text, withDescriptions(text, group(text, typed, acronyms))));
  }

  /**
   * Gives the person {@code entityId} one more role, and makes every title-only phrase that repeats it a mention of
   * that person. The quote annotator calls this when the discourse shows who holds a title.
   */
  public static List<Entity> bindTitle(String text, List<Entity> entities, String entityId, String role) {
    List<Entity> updated = new ArrayList<>();
    for (Entity entity : entities) {
      if (entity.id().equals(entityId)) {
        List<String> roles = new ArrayList<>(entity.roles());
        addRole(roles, role);
        updated.add(new Entity(entity.id(), entity.name(), entity.type(), roles, entity.mentions()));
      } else {
        updated.add(entity);
      }
    }
    Map<String, List<String>> only = Map.of(entityId, List.of(role));
    return withReferences(text, updated, only);
  }

  private static List<Entity> group(String text, List<NamedMention> namedMentions, Acronyms acronyms) {
    List<NamedMention> ordered = namedMentions.stream().sorted(TEXT_ORDER).toList();
    List<Group> groups = new ArrayList<>();
    Map<GroupKey, Group> byKey = new HashMap<>();
    for (NamedMention named : ordered) {
      String display = Names.display(named.mention().text(), named.type());
      String key = Folding.key(display);
      if (named.type() != EntityType.PERSON) {
        key = acronyms.expand(Lexicon.canonical(key));
      }
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
      if (named.type() == EntityType.PERSON) {
        for (Role role : RoleFinder.rolesOf(text, named.mention())) {
          addRole(group.roles, role.text());
        }
      }
    }
    return groups.stream().map(Group::toEntity).toList();
  }

  /** Each person with the roles the descriptions referring back to them give ({@link DescriptionReferences}). */
  private static List<Entity> withDescriptions(String text, List<Entity> entities) {
    Map<String, List<String>> described = DescriptionReferences.find(text, entities);
    if (described.isEmpty()) {
      return entities;
    }
    List<Entity> updated = new ArrayList<>();
    for (Entity entity : entities) {
      List<String> roles = new ArrayList<>(entity.roles());
      described.getOrDefault(entity.id(), List.of()).forEach(role -> addRole(roles, role));
      updated.add(new Entity(entity.id(), entity.name(), entity.type(), roles, entity.mentions()));
    }
    return updated;
  }

  private static List<Entity> withTitleReferences(String text, List<Entity> entities) {
    Map<String, List<String>> rolesByEntity = new LinkedHashMap<>();
    for (Entity entity : entities) {
      if (entity.type() == EntityType.PERSON && !entity.roles().isEmpty()) {
        rolesByEntity.put(entity.id(), entity.roles());
      }
    }
    return rolesByEntity.isEmpty() ? entities : withReferences(text, entities, rolesByEntity);
  }

  private static List<Entity> withReferences(String text, List<Entity> entities,
      Map<String, List<String>> rolesByEntity) {
    List<int[]> taken = new ArrayList<>();
    for (Entity entity : entities) {
      for (Mention mention : entity.mentions()) {
        taken.add(new int[] {mention.start(), mention.end()});
        if (entity.type() == EntityType.PERSON) {
          for (Role role : RoleFinder.rolesOf(text, mention)) {
            taken.add(new int[] {role.start(), role.end()});
          }
        }
      }
    }
    Map<String, List<Mention>> added = new HashMap<>();
    for (TitleReferences.Reference reference : TitleReferences.find(text, rolesByEntity, taken)) {
      added.computeIfAbsent(reference.entityId(), id -> new ArrayList<>()).add(reference.mention());
    }
    if (added.isEmpty()) {
      return entities;
    }
    List<Entity> updated = new ArrayList<>();
    for (Entity entity : entities) {
      List<Mention> more = added.get(entity.id());
      if (more == null) {
        updated.add(entity);
        continue;
      }
      List<Mention> mentions = new ArrayList<>(entity.mentions());
      mentions.addAll(more);
      mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
      updated.add(new Entity(entity.id(), entity.name(), entity.type(), entity.roles(), mentions));
    }
    return updated;
  }

  /** Adds a role unless the list has it already, compared without case, accents or whitespace runs. */
  private static void addRole(List<String> roles, String role) {
    String clean = Folding.spaces(role);
    String key = Folding.key(clean);
    if (!clean.isEmpty() && roles.stream().noneMatch(existing -> Folding.key(existing).equals(key))) {
      roles.add(clean);
    }
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
    private final List<String> roles = new ArrayList<>();
    private String name = "";

    Group(String id, EntityType type) {
      this.id = id;
      this.type = type;
    }

    void add(Mention mention, String display, String key) {
      mentions.add(mention);
      keys.add(key);
      if (display.length() > name.length()
          || (display.length() == name.length() && accented(display) > accented(name))) {
        name = display;
      }
    }

    private static long accented(String name) {
      return name.chars().filter(c -> c > 127).count();
    }

    Entity toEntity() {
      return new Entity(id, name, type, roles, mentions);
    }
  }
}
