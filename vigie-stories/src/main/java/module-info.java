/** Online story clustering, dossiers and divergences, and the clustering scores. */
module org.vigie.stories {
  requires static org.jspecify;
  requires transitive org.vigie.model;

  exports org.vigie.stories.clustering;
  exports org.vigie.stories.dossier;
  exports org.vigie.stories.eval;
}
