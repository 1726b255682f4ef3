package io.github.coplan.application.internal;

import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.port.storage.Repositories;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate's fields as of an instant, folded from its history. The history is read as the
 * sequence of the aggregate's versions: the state as of an instant is the one after the last
 * version of the longest run from version 1 whose every change was made at or before it. With a
 * clock that never goes back, that is the last version made at or before the instant.
 */
final class AsOf {

  /** How many records are read at a time. */
  static final int PAGE = 500;

  private AsOf() {}

  /** The fields of an aggregate at one version. */
  record Folded(long version, SortedMap<String, String> fields) {}

  /**
   * Folds the records of an aggregate, up to its current version, made at or before an instant.
   *
   * @param r the repositories of the reading unit
   * @param ref the aggregate
   * @param current its current version, read in the same unit: records of later versions, committed
   *     since, are left out
   * @param at the instant
   * @return the fields and version as of the instant, or null if the aggregate did not exist then
   * @throws RuleViolationException {@code history.incomplete} if a record the answer depends on is
   *     missing: the history was not recorded for a while
   */
  static @Nullable Folded fold(Repositories r, AggregateRef ref, long current, Instant at) {
    List<ChangeRecord> records = new ArrayList<>();
    long before = current + 1;
    while (true) {
      List<ChangeRecord> page = r.history().ofAggregate(ref, before, PAGE);
      records.addAll(page);
      if (page.size() < PAGE) {
        break;
      }
      before = page.get(page.size() - 1).version();
    }
    Collections.reverse(records);
    SortedMap<String, String> fields = new TreeMap<>();
    long version = 0;
    for (ChangeRecord record : records) {
      if (record.version() != version + 1) {
        throw incomplete(ref, version + 1);
      }
      if (record.at().isAfter(at)) {
        return version == 0 ? null : new Folded(version, fields);
      }
      FieldChange.apply(fields, record.changes());
      version = record.version();
    }
    if (version < current) {
      throw incomplete(ref, version + 1);
    }
    return new Folded(version, fields);
  }

  private static RuleViolationException incomplete(AggregateRef ref, long version) {
    return new RuleViolationException(
        RuleCode.HISTORY_INCOMPLETE,
        "the history of "
            + ref
            + " has no record of version "
            + version
            + ": it was not recorded when that change was made");
  }
}
