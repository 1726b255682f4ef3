package io.github.coplan.domain.query;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paged search.
 *
 * @param items the rows of this page, in order
 * @param nextCursor the cursor for the next page, or null when this is the last page
 * @param <T> the row type
 */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

  /** Copies the items. */
  public Page {
    items = ImmutableList.copyOf(Objects.requireNonNull(items, "items"));
  }

  /**
   * Whether there is a next page.
   *
   * @return true if {@link #nextCursor()} is not null
   */
  public boolean hasNext() {
    return nextCursor != null;
  }
}
