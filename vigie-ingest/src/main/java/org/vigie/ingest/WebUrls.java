package org.vigie.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The one test of what Vigie keeps as an article's URL: an absolute http or https URL with a host. */
final class WebUrls {
  static final int MAX_CHARS = 2_000;

  private WebUrls() {}

  /** Whether {@code url} is an absolute http(s) URL with a host, at most {@value #MAX_CHARS} characters long. */
  static boolean isHttp(@Nullable String url) {
    if (url == null || url.length() > MAX_CHARS) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String authority = uri.getRawAuthority();
      return (scheme.equals("http") || scheme.equals("https")) && authority != null && !authority.isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** {@code url} when {@link #isHttp}, else null: for links read from markup, which may be relative or scripts. */
  static @Nullable String httpOrNull(@Nullable String url) {
    return isHttp(url) ? url : null;
  }
}
