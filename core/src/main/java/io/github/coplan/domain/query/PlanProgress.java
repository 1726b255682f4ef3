package io.github.coplan.domain.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How far a plan has come, as counted by the store.
 *
 * <p>Participants are counted once each (distinct), over the participations that are not WITHDRAWN
 * in activities that are not CANCELLED: organisations by their country and by their type, people by
 * their country.
 *
 * @param plan the plan
 * @param asOf the day the report is made for
 * @param upcomingUntil the last day of the upcoming window, which starts on {@code asOf}
 * @param contentAreas per content area that has activities, by number
 * @param participantsByCountry distinct participants per country, by country code
 * @param organisationsByType distinct participating organisations per type
 */
public record PlanProgress(
    PlanId plan,
    LocalDate asOf,
    LocalDate upcomingUntil,
    List<ContentAreaProgress> contentAreas,
    Map<CountryCode, Long> participantsByCountry,
    Map<OrganisationType, Long> organisationsByType) {

  /** Copies and orders the parts. */
  public PlanProgress {
    contentAreas = ImmutableList.sortedCopyOf(Comparator.comparingInt(ContentAreaProgress::contentArea), contentAreas);
    participantsByCountry = ImmutableSortedMap.copyOf(participantsByCountry);
    organisationsByType = organisationsByType.isEmpty()
        ? Map.of()
        : Maps.immutableEnumMap(new EnumMap<>(organisationsByType));
  }

  /**
   * The counts of a content area; zero counts when it has no activities.
   *
   * @param number the content-area number
   * @return the counts
   */
  public ContentAreaProgress contentArea(int number) {
    return contentAreas.stream()
        .filter(a -> a.contentArea() == number)
        .findFirst()
        .orElseGet(() -> ContentAreaProgress.empty(number));
  }

  /**
   * How many activities of the plan are in a status.
   *
   * @param status the status
   * @return the count over every content area
   */
  public long count(ActivityStatus status) {
    return contentAreas.stream().mapToLong(a -> a.count(status)).sum();
  }

  /**
   * How many activities of the plan are overdue.
   *
   * @return the count over every content area
   */
  public long overdue() {
    return contentAreas.stream().mapToLong(ContentAreaProgress::overdue).sum();
  }

  /**
   * How many activities of the plan start in the upcoming window.
   *
   * @return the count over every content area
   */
  public long upcoming() {
    return contentAreas.stream().mapToLong(ContentAreaProgress::upcoming).sum();
  }
}
