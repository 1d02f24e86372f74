package org.vigie.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Dossier;
import org.vigie.model.Story;
import org.vigie.stories.clustering.StoryClusterer;
import org.vigie.stories.dossier.DossierBuilder;
import org.vigie.store.Store;
import org.vigie.store.StoredArticle;
import org.vigie.store.StoryRecord;

/**
 * The process's stories: the online clusterer, the analysed articles it has seen (without tokens, as the store
 * keeps them) and the dossier builder. Rebuilt from the store at start-up by replaying its articles in ingest order,
 * which reproduces the assignments made when they were ingested.
 */
public final class StoryBook implements StoryAssigner {
  private static final int PAGE = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final StoryClusterer clusterer = StoryClusterer.create();
  private final DossierBuilder dossiers = new DossierBuilder();
  private final Map<String, AnalyzedArticle> articles = new HashMap<>();

  /** A book holding every article of {@code store}, in the order they were stored. */
  public static StoryBook replay(Store store) {
    StoryBook book = new StoryBook();
    long after = 0;
    while (true) {
      List<StoredArticle> page = store.articles(after, PAGE);
      for (StoredArticle stored : page) {
        book.assign(stored.article());
        after = stored.sequence();
      }
      if (page.size() < PAGE) {
        return book;
      }
    }
  }

  @Override
  public synchronized String assign(AnalyzedArticle article) {
    articles.putIfAbsent(article.id(), slim(article));
    return clusterer.add(article).story();
  }

  @Override
  public synchronized Optional<StoryRecord> record(String storyId) {
    return clusterer.stories().stream().filter(s -> s.id().equals(storyId)).findFirst().map(this::toRecord);
  }

  @Override
  public synchronized List<StoryRecord> records() {
    return clusterer.stories().stream().map(this::toRecord).toList();
  }

  private StoryRecord toRecord(Story story) {
    List<AnalyzedArticle> members = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    for (String id : story.articles()) {
      AnalyzedArticle member = articles.get(id);
      if (member == null) {
        continue;
      }
      members.add(member);
      LocalDate date = member.article().published();
      if (date != null) {
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
      }
    }
    Dossier dossier = dossiers.build(story, members);
    return new StoryRecord(story.id(), story.title(), first, last, story.articles(), json(dossier));
  }

  private static String json(Dossier dossier) {
    try {
      return JSON.writeValueAsString(dossier);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the dossier of " + dossier.story(), e);
    }
  }

  /** The article without its tokens and raw mentions, which nothing downstream reads and the store drops. */
  private static AnalyzedArticle slim(AnalyzedArticle a) {
    return new AnalyzedArticle(a.article(), a.text(), a.language(), List.of(), a.sentences(), List.of(),
        a.entities(), a.quotes(), a.times(), a.dateline(), a.errors(), a.layers());
  }
}
