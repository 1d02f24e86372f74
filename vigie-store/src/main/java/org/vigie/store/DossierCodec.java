package org.vigie.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.model.Dossier;
import org.vigie.model.EntityId;
import org.vigie.model.EntityType;

/**
 * How the embedded store keeps a dossier: as the JSON of the model record, in a column of the story table. The
 * JSON never leaves the store; callers give and get {@link Dossier} records.
 */
final class DossierCodec {
  private DossierCodec() {}

  static String write(Dossier dossier) {
    return ArticleCodec.write(dossier);
  }

  static Dossier read(String storyId, String json) {
    try {
      JsonNode tree = ArticleCodec.MAPPER.readTree(json);
      for (JsonNode actor : tree.path("actors")) {
        // Dossiers written before actors carried their entity id get it from their name and type.
        if (actor instanceof ObjectNode node && !node.hasNonNull("id")) {
          node.put("id", EntityId.of(EntityType.valueOf(node.path("type").asText()), node.path("name").asText()));
        }
      }
      return ArticleCodec.MAPPER.treeToValue(tree, Dossier.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new StoreException("story " + storyId + ": unreadable dossier: " + e.getMessage(), e);
    }
  }
}
