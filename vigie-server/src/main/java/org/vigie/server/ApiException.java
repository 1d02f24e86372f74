package org.vigie.server;

import java.util.List;
import org.vigie.model.ItemError;

/**
 * A request the server refuses, with the HTTP status and a message that says what to change; for a batch, the
 * items refused and why.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final List<ItemError> items;

  public ApiException(int status, String message) {
    this(status, message, List.of());
  }

  public ApiException(int status, String message, List<ItemError> items) {
    super(message);
    this.status = status;
    this.items = List.copyOf(items);
  }

  public int status() {
    return status;
  }

  public List<ItemError> items() {
    return items;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
