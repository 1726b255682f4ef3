package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Committed activities and plans by id, so that reading one whose stored version is the cached
 * version skips reading and rebuilding its participations or parts. Thread-safe.
 *
 * <p>It is exact because a version names one content: every write gives the row the next version,
 * a write against a stale version is refused, and only what a unit of work committed (or read as
 * committed) is offered here. A read still asks the database for the row's current version, so a
 * change by another process or application instance is never missed. Whoever changes the rows other
 * than through Coplan must raise their version.
 *
 * <p>The cache holds about {@link #MAX_WEIGHT} participations and parts; past that it drops entries
 * until it is three quarters full.
 */
final class AggregateCache {

  /** How many participations and plan parts (plus one per aggregate) the cache keeps at most. */
  static final long MAX_WEIGHT = 200_000;

  private final ConcurrentHashMap<ActivityId, Activity> activities = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<PlanId, CooperationPlan> plans = new ConcurrentHashMap<>();
  private final AtomicLong weight = new AtomicLong();
  private final boolean enabled;

  /** A cache; a disabled one keeps nothing, so that every read goes to the database (for tests). */
  AggregateCache(boolean enabled) {
    this.enabled = enabled;
  }

  /** The cached activity if it is at that version, else null. */
  @Nullable Activity activity(ActivityId id, long version) {
    Activity cached = activities.get(id);
    return cached != null && cached.version() == version ? cached : null;
  }

  /** The cached plan if it is at that version, else null. */
  @Nullable CooperationPlan plan(PlanId id, long version) {
    CooperationPlan cached = plans.get(id);
    return cached != null && cached.version() == version ? cached : null;
  }

  /** Keeps a committed activity, unless a newer version is kept already. */
  void offer(Activity activity) {
    if (!enabled) {
      return;
    }
    Activity[] replaced = new Activity[1];
    Activity now = activities.merge(activity.id(), activity, (old, offered) -> {
      replaced[0] = old;
      return offered.version() > old.version() ? offered : old;
    });
    if (now == activity) {
      weight.addAndGet(weight(activity) - (replaced[0] == null ? 0 : weight(replaced[0])));
      trim();
    }
  }

  /** Keeps a committed plan, unless a newer version is kept already. */
  void offer(CooperationPlan plan) {
    if (!enabled) {
      return;
    }
    CooperationPlan[] replaced = new CooperationPlan[1];
    CooperationPlan now = plans.merge(plan.id(), plan, (old, offered) -> {
      replaced[0] = old;
      return offered.version() > old.version() ? offered : old;
    });
    if (now == plan) {
      weight.addAndGet(weight(plan) - (replaced[0] == null ? 0 : weight(replaced[0])));
      trim();
    }
  }

  /** Forgets everything. */
  void clear() {
    activities.clear();
    plans.clear();
    weight.set(0);
  }

  private void trim() {
    if (weight.get() <= MAX_WEIGHT) {
      return;
    }
    long target = MAX_WEIGHT * 3 / 4;
    // Iteration order is the hash order: a cheap stand-in for random eviction.
    for (Iterator<Activity> it = activities.values().iterator(); it.hasNext() && weight.get() > target; ) {
      Activity a = it.next();
      it.remove();
      weight.addAndGet(-weight(a));
    }
    for (Iterator<CooperationPlan> it = plans.values().iterator(); it.hasNext() && weight.get() > target; ) {
      CooperationPlan p = it.next();
      it.remove();
      weight.addAndGet(-weight(p));
    }
  }

  private static long weight(Activity a) {
    return 1L + a.participations().size();
  }

  private static long weight(CooperationPlan p) {
    return 1L + p.parties().size() + p.contentAreas().size() + p.documents().size();
  }
}
