package io.github.coplan.storage.memory;

import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.plan.PlanId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The history of a {@link MemoryState}: every record by aggregate (in version order) and by plan
 * (in sequence order). Appended to, and rewritten by an erasure, only under the store's write lock;
 * read by units that may run without a lock, which the store validates afterwards as it does for
 * every other read (a torn read here is caught as one elsewhere is).
 */
final class MemoryHistory {

  private final Map<AggregateRef, List<ChangeRecord>> byAggregate = new ConcurrentHashMap<>();
  private final Map<PlanId, List<ChangeRecord>> byPlan = new ConcurrentHashMap<>();
  private long lastSequence;

  /** Appends a record, giving it the next sequence number. */
  ChangeRecord append(ChangeRecord record) {
    ChangeRecord stored = record.withSequence(lastSequence + 1);
    lastSequence++;
    byAggregate.computeIfAbsent(stored.aggregate(), k -> new ArrayList<>()).add(stored);
    PlanId plan = stored.plan();
    if (plan != null) {
      byPlan.computeIfAbsent(plan, k -> new ArrayList<>()).add(stored);
    }
    return stored;
  }

  /**
   * Erases fields from every record of an aggregate ({@link ChangeRecord#without}), in both
   * indexes.
   *
   * @return the pairs of records rewritten, each as it was and as it is now, for the undo log
   */
  List<ChangeRecord[]> erase(AggregateRef aggregate, Set<String> fields) {
    List<ChangeRecord> records = byAggregate.getOrDefault(aggregate, List.of());
    List<ChangeRecord[]> rewritten = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      ChangeRecord was = records.get(i);
      ChangeRecord is = was.without(fields);
      if (is != was) {
        put(is);
        rewritten.add(new ChangeRecord[] {was, is});
      }
    }
    return rewritten;
  }

  /**
   * Puts a record in the place of the stored one with its sequence number, in both indexes: the
   * rewrite of {@link #erase}, and its undo.
   */
  void put(ChangeRecord record) {
    replace(byAggregate.get(record.aggregate()), record);
    PlanId plan = record.plan();
    if (plan != null) {
      replace(byPlan.get(plan), record);
    }
  }

  private static void replace(@Nullable List<ChangeRecord> records, ChangeRecord record) {
    if (records != null) {
      // Both indexes hold their records in sequence order (an aggregate's versions rise with it),
      // and hold this one: only a stored record is rewritten or put back.
      records.set(firstAfter(records, record.sequence() - 1), record);
    }
  }

  /** Takes back the record appended last: the undo of {@link #append}. */
  void removeLast(ChangeRecord stored) {
    removeLast(byAggregate, stored.aggregate());
    PlanId plan = stored.plan();
    if (plan != null) {
      removeLast(byPlan, plan);
    }
    lastSequence = stored.sequence() - 1;
  }

  private static <K> void removeLast(Map<K, List<ChangeRecord>> index, K key) {
    List<ChangeRecord> records = index.get(key);
    if (records != null) {
      records.remove(records.size() - 1);
      if (records.isEmpty()) {
        index.remove(key);
      }
    }
  }

  /** An aggregate's records of versions below {@code beforeVersion}, newest first. */
  List<ChangeRecord> ofAggregate(AggregateRef aggregate, long beforeVersion, int limit) {
    List<ChangeRecord> records = byAggregate.getOrDefault(aggregate, List.of());
    List<ChangeRecord> out = new ArrayList<>();
    for (int i = records.size() - 1; i >= 0 && out.size() < limit; i--) {
      ChangeRecord r = records.get(i);
      if (r.version() < beforeVersion) {
        out.add(r);
      }
    }
    return out;
  }

  /** A plan's records after a sequence number, oldest first. */
  List<ChangeRecord> ofPlan(PlanId plan, long afterSequence, int limit) {
    List<ChangeRecord> records = byPlan.getOrDefault(plan, List.of());
    List<ChangeRecord> out = new ArrayList<>();
    int from = firstAfter(records, afterSequence);
    for (int i = from; i < records.size() && out.size() < limit; i++) {
      out.add(records.get(i));
    }
    return out;
  }

  /** The index of the first record with a sequence number above the given one. */
  private static int firstAfter(List<ChangeRecord> records, long sequence) {
    int low = 0;
    int high = records.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (records.get(mid).sequence() <= sequence) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
