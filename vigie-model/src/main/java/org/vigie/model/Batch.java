package org.vigie.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a batch produced: the items that came through and an error for each one that did not.
 * A bad item never stops a batch; it becomes an entry in {@link #errors()}.
 */
public record Batch<T>(List<T> items, List<ItemError> errors) {
  public Batch {
    items = List.copyOf(items);
    errors = List.copyOf(errors);
  }

  public static <T> Batch<T> empty() {
    return new Batch<>(List.of(), List.of());
  }

  public static <T> Batch<T> of(T item) {
    return new Batch<>(List.of(item), List.of());
  }

  public static <T> Batch<T> failed(String source, String message) {
    return new Batch<>(List.of(), List.of(new ItemError(source, message)));
  }

  public Batch<T> plus(Batch<T> other) {
    List<T> allItems = new ArrayList<>(items);
    allItems.addAll(other.items);
    List<ItemError> allErrors = new ArrayList<>(errors);
    allErrors.addAll(other.errors);
    return new Batch<>(allItems, allErrors);
  }
}
