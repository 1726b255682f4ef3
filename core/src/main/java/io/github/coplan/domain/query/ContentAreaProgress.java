package io.github.coplan.domain.query;

import com.google.common.collect.Maps;
import io.github.coplan.domain.activity.ActivityStatus;
import java.util.EnumMap;
import java.util.Map;

/**
 * The activities of one content area of a plan, counted.
 *
 * @param contentArea the content-area number
 * @param byStatus how many activities are in each status; every status is present, zero included
 * @param overdue how many are overdue: latest planned day before the report day, neither completed
 *     nor cancelled
 * @param upcoming how many start in the upcoming window: earliest planned day within it, status
 *     PROPOSED, PLANNED, SCHEDULED or POSTPONED
 */
public record ContentAreaProgress(
    int contentArea, Map<ActivityStatus, Long> byStatus, long overdue, long upcoming) {

  /** Fills missing statuses with zero and copies the map. */
  public ContentAreaProgress {
    EnumMap<ActivityStatus, Long> all = new EnumMap<>(ActivityStatus.class);
    for (ActivityStatus s : ActivityStatus.values()) {
      all.put(s, byStatus.getOrDefault(s, 0L));
    }
    byStatus = Maps.immutableEnumMap(all);
  }

  /**
   * A content area with no activities.
   *
   * @param contentArea the number
   * @return zero counts
   */
  public static ContentAreaProgress empty(int contentArea) {
    return new ContentAreaProgress(contentArea, Map.of(), 0, 0);
  }

  /**
   * How many activities are in a status.
   *
   * @param status the status
   * @return the count
   */
  public long count(ActivityStatus status) {
    // every status is present (the constructor fills the missing ones); the default only tells the
    // checker so
    return byStatus.getOrDefault(status, 0L);
  }

  /**
   * How many activities the content area has.
   *
   * @return the total
   */
  public long total() {
    return byStatus.values().stream().mapToLong(Long::longValue).sum();
  }
}
