package org.vigie.server;

import java.util.Map;

/**
 * Headers sent with every answer, errors included. The pages are server-rendered without script: the policy allows
 * the one stylesheet and nothing else, so even markup that escaped escaping could not run or load anything.
 */
final class SecurityHeaders {
  static final Map<String, String> ALL = Map.of(
      "Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'",
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer",
      "Cross-Origin-Resource-Policy", "same-origin");

  private SecurityHeaders() {}
}
