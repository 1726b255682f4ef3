package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.query.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Walks the pages of a look-up, checking each step as {@link StorageContract#checkPaging} does. */
final class Paging {

  private Paging() {}

  /**
   * Every page of a look-up, following the cursors from a first cursor (null for the first page);
   * every page but the last must hold {@code pageSize} rows.
   */
  static <T> List<Page<T>> pages(
      @Nullable String first, int pageSize, Function<@Nullable String, Page<T>> page) {
    List<Page<T>> pages = new ArrayList<>();
    String cursor = first;
    do {
      Page<T> next = page.apply(cursor);
      pages.add(next);
      StorageContract.checkPaging(pages.size(), cursor, next.nextCursor());
      if (next.nextCursor() != null) {
        assertThat(next.items()).as("a page followed by another").hasSize(pageSize);
      } else {
        assertThat(next.items().size()).as("the last page").isLessThanOrEqualTo(pageSize);
      }
      cursor = next.nextCursor();
    } while (cursor != null);
    return pages;
  }

  /** The rows of every page, in order. */
  static <T> List<T> rows(List<Page<T>> pages) {
    return pages.stream().flatMap(p -> p.items().stream()).toList();
  }
}
