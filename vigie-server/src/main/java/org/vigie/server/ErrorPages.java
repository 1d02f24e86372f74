package org.vigie.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * The answers to requests Jetty refuses before any route sees them: a URI over 8 KB, {@code %00}, an overlong UTF-8
 * sequence, an ambiguous {@code ..;} segment. On a page of the web UI they are Vigie's error page; everywhere else
 * (the API, and a request line Jetty could not read at all) the API's one JSON error shape. Routes answer their own
 * errors in {@link VigieServer}.
 */
final class ErrorPages extends ErrorHandler {
  static final String JSON_TYPE = "application/json; charset=utf-8";
  static final String HTML_TYPE = "text/html; charset=utf-8";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : response.getStatus();
    String message = message(status, request.getAttribute(ERROR_MESSAGE) instanceof String m ? m : null);
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    boolean api = path == null || !isPage(path);
    response.setStatus(status);
    HttpFields.Mutable headers = response.getHeaders();
    SecurityHeaders.ALL.forEach(headers::put);
    headers.put(HttpHeader.CONTENT_TYPE, api ? JSON_TYPE : HTML_TYPE);
    String body = api ? json(status, message) : Pages.error(status, message);
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }

  /** A request line or header Jetty could not read (a URI over 8 KB): the path is unknown, so the API's shape. */
  @Override
  public ByteBuffer badMessageError(int status, @Nullable String reason, HttpFields.Mutable fields) {
    SecurityHeaders.ALL.forEach(fields::put);
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON_TYPE));
    return ByteBuffer.wrap(json(status, message(status, reason)).getBytes(StandardCharsets.UTF_8));
  }

  /** A path of the web UI; anything else, a request line Jetty could not read included, is answered as the API. */
  private static boolean isPage(String path) {
    return path.equals("/") || path.equals("/search") || path.startsWith("/stories/")
        || path.startsWith("/entities/");
  }

  static String json(int status, String message) {
    try {
      return JSON.writeValueAsString(Dto.Error.of(status, message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an error", e);
    }
  }

  private static String message(int status, @Nullable String reason) {
    String m = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    return switch (status) {
      case 414 -> "the request URI is longer than the server reads (8 KB): " + m;
      case 431 -> "the request headers are larger than the server reads: " + m;
      default -> "the request cannot be read: " + m;
    };
  }
}
