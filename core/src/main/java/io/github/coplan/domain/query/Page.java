package io.github.coplan.domain.query;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paged search.
 *
 * @param items the rows of this page, in order
 * @param nextCursor the cursor for the next page, or null when this is the last page
 * @param total how many rows the whole search finds, every page together, when the query asked for
 *     it ({@code withTotal()}); null when it did not
 * @param <T> the row type
 */
public record Page<T>(List<T> items, @Nullable String nextCursor, @Nullable Long total) {

  /**
   * Copies the items.
   *
   * @throws InvalidInputException if the total is negative
   */
  public Page {
    items = ImmutableList.copyOf(Objects.requireNonNull(items, "items"));
    if (total != null && total < 0) {
      throw InvalidInputException.of(
          "total", Violation.OUT_OF_RANGE, "a total is not negative, was " + total);
    }
  }

  /**
   * A page without a total.
   *
   * @param items the rows of this page, in order
   * @param nextCursor the cursor for the next page, or null on the last page
   */
  public Page(List<T> items, @Nullable String nextCursor) {
    this(items, nextCursor, null);
  }

  /**
   * Whether there is a next page.
   *
   * @return true if {@link #nextCursor()} is not null
   */
  public boolean hasNext() {
    return nextCursor != null;
  }

  /**
   * This page with a total.
   *
   * @param count how many rows the whole search finds
   * @return the same rows and cursor, with the total
   * @throws InvalidInputException if the count is negative
   */
  public Page<T> withTotal(long count) {
    return new Page<>(items, nextCursor, count);
  }
}
