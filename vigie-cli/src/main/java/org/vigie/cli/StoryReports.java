package org.vigie.cli;

import java.util.List;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.ReportedStory;
import org.vigie.model.Story;
import org.vigie.stories.clustering.ClusteringConfig;
import org.vigie.stories.clustering.StoryClusterer;
import org.vigie.stories.dossier.DossierBuilder;

/** Clusters one batch of analysed articles into stories and builds each story's dossier. */
final class StoryReports {
  private StoryReports() {}

  static List<ReportedStory> of(List<AnalyzedArticle> articles, ClusteringConfig config) {
    StoryClusterer clusterer = StoryClusterer.create(config);
    clusterer.addAll(articles);
    DossierBuilder dossiers = new DossierBuilder();
    return clusterer.stories().stream()
        .map(story -> reported(story, dossiers, articles))
        .toList();
  }

  private static ReportedStory reported(Story story, DossierBuilder dossiers, List<AnalyzedArticle> articles) {
    return new ReportedStory(story.id(), story.title(), story.articles(), dossiers.build(story, articles));
  }
}
