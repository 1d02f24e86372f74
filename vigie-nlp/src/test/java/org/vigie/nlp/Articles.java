package org.vigie.nlp;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Article;

/** Articles built by hand for tests. */
public final class Articles {
  private Articles() {}

  public static Article article(String id, String title, String body) {
    return article(id, title, body, null);
  }

  public static Article article(String id, String title, String body, @Nullable String languageHint) {
    return new Article(id, "test:" + id, null, null, title, null, languageHint, body, Map.of());
  }
}
