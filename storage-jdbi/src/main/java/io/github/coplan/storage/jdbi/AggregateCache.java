package io.github.coplan.storage.jdbi;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import org.jspecify.annotations.Nullable;

/**
 * Committed activities and plans by id, so that reading one whose stored version is the cached
 * version skips rebuilding its participations or parts. Thread-safe.
 *
 * <p>It is exact because a version names one content: every write through Coplan gives the row the
 * next version, a write against a stale version is refused, and only what a unit of work committed
 * (or read as committed) is offered here. A read still asks the database for the row's current
 * version, so a change by another process or application instance is never missed. A change made
 * other than through Coplan that keeps the version (a backup restored, a row edited by hand) is
 * missed until the entry goes: {@link #clear()} forgets everything.
 *
 * <p>It is bounded by weight (Guava's cache): an activity weighs one plus its participations and
 * stops, a plan one plus its parties, content areas and documents; past the maximum the entries
 * used least recently go first. A disabled cache keeps nothing.
 */
final class AggregateCache {

  /** Activities and plans, by their ids (whose types differ, so they share one cache). */
  private final @Nullable Cache<Object, Object> entries;

  /**
   * A cache.
   *
   * @param enabled whether it keeps anything
   * @param maxWeight the most it holds
   */
  AggregateCache(boolean enabled, long maxWeight) {
    this.entries =
        enabled
            ? CacheBuilder.newBuilder()
                .maximumWeight(maxWeight)
                .weigher(AggregateCache::weigh)
                .build()
            : null;
  }

  /** Whether it keeps anything. */
  boolean enabled() {
    return entries != null;
  }

  /** The cached activity if it is at that version, else null. */
  @Nullable Activity activity(ActivityId id, long version) {
    return entries != null
            && entries.getIfPresent(id) instanceof Activity a
            && a.version() == version
        ? a
        : null;
  }

  /** The cached plan if it is at that version, else null. */
  @Nullable CooperationPlan plan(PlanId id, long version) {
    return entries != null
            && entries.getIfPresent(id) instanceof CooperationPlan p
            && p.version() == version
        ? p
        : null;
  }

  /** Keeps a committed activity, unless a newer version is kept already. */
  void offer(Activity activity) {
    if (entries != null) {
      entries
          .asMap()
          .merge(
              activity.id(), activity, (old, offered) -> newer(old, offered, activity.version()));
    }
  }

  /** Keeps a committed plan, unless a newer version is kept already. */
  void offer(CooperationPlan plan) {
    if (entries != null) {
      entries.asMap().merge(plan.id(), plan, (old, offered) -> newer(old, offered, plan.version()));
    }
  }

  private static Object newer(Object old, Object offered, long offeredVersion) {
    long oldVersion = old instanceof Activity a ? a.version() : ((CooperationPlan) old).version();
    return offeredVersion > oldVersion ? offered : old;
  }

  /** Forgets everything. */
  void clear() {
    if (entries != null) {
      entries.invalidateAll();
    }
  }

  /** How many aggregates it holds, for tests. */
  long size() {
    return entries == null ? 0 : entries.size();
  }

  private static int weigh(Object id, Object value) {
    if (value instanceof Activity a) {
      return 1 + a.participations().size() + a.itinerary().size();
    }
    CooperationPlan p = (CooperationPlan) value;
    return 1 + p.parties().size() + p.contentAreas().size() + p.documents().size();
  }
}
