package io.github.coplan.domain.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How far a plan has come, as counted and listed by the store.
 *
 * <p>Activities are counted per content area and status ({@link ContentAreaProgress}); every status
 * is counted, so the counts of the statuses add up to the {@linkplain #total() total}. The report
 * names the overdue and the upcoming activities, as {@link ContentAreaProgress} defines them, at
 * most {@link ProgressQuery#listLimit()} of each, in {@link ActivitySummary#ORDER} (earliest
 * planned day, then id); {@link #overdue()} and {@link #upcoming()} count them all.
 *
 * <p>Participants are counted once each (distinct), over the participations that are not WITHDRAWN
 * in activities that are not CANCELLED, and only those the store holds: people by their country,
 * organisations by their country and by their type. A person and an organisation are never counted
 * together.
 *
 * @param plan the plan
 * @param asOf the day the report is made for
 * @param upcomingUntil the last day of the upcoming window, which starts on {@code asOf}
 * @param contentAreas per content area that has activities, by number
 * @param peopleByCountry distinct participating people per country, by country code
 * @param organisationsByCountry distinct participating organisations per country, by country code
 * @param organisationsByType distinct participating organisations per type
 * @param overdueActivities the first overdue activities, in {@link ActivitySummary#ORDER}
 * @param upcomingActivities the first upcoming activities, in {@link ActivitySummary#ORDER}
 */
public record PlanProgress(
    PlanId plan,
    LocalDate asOf,
    LocalDate upcomingUntil,
    List<ContentAreaProgress> contentAreas,
    Map<CountryCode, Long> peopleByCountry,
    Map<CountryCode, Long> organisationsByCountry,
    Map<OrganisationType, Long> organisationsByType,
    List<ActivitySummary> overdueActivities,
    List<ActivitySummary> upcomingActivities) {

  /**
   * Checks that every part is present and copies the parts, putting the content areas in number
   * order and the countries in code order.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every missing part
   */
  public PlanProgress {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("asOf", asOf);
    v.required("upcomingUntil", upcomingUntil);
    v.elements("contentAreas", contentAreas);
    v.required("peopleByCountry", peopleByCountry);
    v.required("organisationsByCountry", organisationsByCountry);
    v.required("organisationsByType", organisationsByType);
    v.elements("overdueActivities", overdueActivities);
    v.elements("upcomingActivities", upcomingActivities);
    v.throwIfAny();
    contentAreas =
        ImmutableList.sortedCopyOf(
            Comparator.comparingInt(ContentAreaProgress::contentArea), contentAreas);
    peopleByCountry = ImmutableSortedMap.copyOf(peopleByCountry);
    organisationsByCountry = ImmutableSortedMap.copyOf(organisationsByCountry);
    organisationsByType =
        organisationsByType.isEmpty()
            ? Map.of()
            : Maps.immutableEnumMap(new EnumMap<>(organisationsByType));
    overdueActivities = ImmutableList.copyOf(overdueActivities);
    upcomingActivities = ImmutableList.copyOf(upcomingActivities);
  }

  /**
   * The progress of a plan without activities or participants.
   *
   * @param query what was asked
   * @return zero counts and empty lists
   */
  public static PlanProgress empty(ProgressQuery query) {
    return new PlanProgress(
        query.plan(),
        query.asOf(),
        query.upcomingUntil(),
        List.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        List.of(),
        List.of());
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
   * How many activities of the plan are in each status, every status present, zero included.
   *
   * @return an unmodifiable map in {@link ActivityStatus} order
   */
  public Map<ActivityStatus, Long> byStatus() {
    EnumMap<ActivityStatus, Long> all = new EnumMap<>(ActivityStatus.class);
    for (ActivityStatus s : ActivityStatus.values()) {
      all.put(s, count(s));
    }
    return Maps.immutableEnumMap(all);
  }

  /**
   * How many activities the plan has: the sum of {@link #byStatus()}.
   *
   * @return the total over every content area and status
   */
  public long total() {
    return contentAreas.stream().mapToLong(ContentAreaProgress::total).sum();
  }

  /**
   * How many activities of the plan are overdue, listed or not.
   *
   * @return the count over every content area
   */
  public long overdue() {
    return contentAreas.stream().mapToLong(ContentAreaProgress::overdue).sum();
  }

  /**
   * How many activities of the plan start in the upcoming window, listed or not.
   *
   * @return the count over every content area
   */
  public long upcoming() {
    return contentAreas.stream().mapToLong(ContentAreaProgress::upcoming).sum();
  }

  /**
   * How many overdue activities {@link #overdueActivities()} leaves out because of the list limit.
   *
   * @return {@link #overdue()} less the listed ones
   */
  public long overdueNotListed() {
    return overdue() - overdueActivities.size();
  }

  /**
   * How many upcoming activities {@link #upcomingActivities()} leaves out because of the list
   * limit.
   *
   * @return {@link #upcoming()} less the listed ones
   */
  public long upcomingNotListed() {
    return upcoming() - upcomingActivities.size();
  }

  /**
   * How many distinct people take part.
   *
   * @return the sum of {@link #peopleByCountry()}
   */
  public long people() {
    return peopleByCountry.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * How many distinct organisations take part.
   *
   * @return the sum of {@link #organisationsByCountry()}
   */
  public long organisations() {
    return organisationsByCountry.values().stream().mapToLong(Long::longValue).sum();
  }
}
