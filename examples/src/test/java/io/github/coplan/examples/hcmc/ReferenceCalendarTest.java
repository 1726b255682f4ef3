package io.github.coplan.examples.hcmc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopStatus;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.outputs.ical.ActivityCalendar;
import io.github.coplan.outputs.ical.CalendarOptions;
import io.github.coplan.storage.memory.InMemoryStorage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The acceptance check of the calendar export: the reference plan's calendar parses back with
 * ical4j, with one event per activity and one per stop of its study tour's itinerary, each with the
 * status its dates and lifecycle give.
 *
 * <p>The expected statuses are computed here from the activities as read back through the use
 * cases, by the rules of the issue: CANCELLED for a cancelled activity or stop; TENTATIVE when a
 * date shown (the actual dates once there is an actual start, the planned span before; a missing
 * end is not a date shown) is known to the month or less, or approximate or uncertain; CONFIRMED
 * otherwise. The counts are those of the plan as {@link ReferencePlan} and {@link ReferenceTour}
 * record it.
 */
class ReferenceCalendarTest {

  private static final Instant NOW = Instant.parse("2019-01-01T00:00:00Z");
  private static final String DOMAIN = "@coplan.io.github";
  private static final String MATCHMAKING =
      "Technology supply–demand matchmaking on the Technology Exchange and Technology Markets";

  @Test
  void theReferencePlansCalendarHasAnEventPerActivityAndStopWithTheirStatuses() {
    try (Coplan store = Coplan.builder().storage(InMemoryStorage.create()).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = ReferencePlan.record(coplan);
      Activity tour = ReferenceTour.record(coplan, plan);
      List<Activity> activities = activitiesOf(coplan, plan);
      Calendar calendar = export(coplan, plan);
      Map<String, String> found = statuses(calendar);

      // the events: 8 activities (the tour among them) and the tour's 3 stops
      int stops = activities.stream().mapToInt(a -> a.itinerary().size()).sum();
      assertThat(found).hasSize(activities.size() + stops);
      assertThat(activities).hasSize(8);
      assertThat(stops).isEqualTo(3);
      assertThat(found).hasSize(11);
      Map<String, String> expected = expectedStatuses(activities);
      assertThat(found).containsExactlyInAnyOrderEntriesOf(expected);

      // 7 activities known to the year, quarter or month; the dated meeting and the 3 stops
      // confirmed; nothing of the plan as recorded is cancelled
      assertThat(uidsWith(found, "TENTATIVE")).isEqualTo(uidsWith(expected, "TENTATIVE"));
      assertThat(uidsWith(found, "CANCELLED")).isEqualTo(uidsWith(expected, "CANCELLED"));
      assertThat(uidsWith(found, "TENTATIVE")).hasSize(7);
      assertThat(uidsWith(found, "CONFIRMED")).hasSize(4);
      assertThat(uidsWith(found, "CANCELLED")).isEmpty();
      assertThat(titlesOf(calendar, activities, "CONFIRMED"))
          .containsExactly("Working meeting of DOST HCMC and the Deputy Ambassador of Israel");
      assertThat(titlesOf(calendar, activities, "TENTATIVE"))
          .hasSize(7)
          .contains("HCMC Innovation and Startup Week", "Study tour to Israel, November 2018");

      // the tour's first stop at its local time in Jerusalem's zone, its third all-day
      VEvent timed = event(calendar, stopUid(tour, tour.itinerary().get(0)));
      assertThat(text(timed, Property.DTSTART)).isEqualTo("20181112T093000");
      assertThat(parameter(timed, Property.DTSTART, Parameter.TZID)).isEqualTo("Asia/Jerusalem");
      VEvent allDay = event(calendar, stopUid(tour, tour.itinerary().get(2)));
      assertThat(text(allDay, Property.DTSTART)).isEqualTo("20181113");
      assertThat(text(allDay, Property.DTEND)).isEqualTo("20181114");
      assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE"))
          .extracting(z -> z.<Property>getProperty(Property.TZID).orElseThrow().getValue())
          .containsExactly("Asia/Jerusalem");
    }
  }

  @Test
  void aCancelledActivityOfTheReferencePlanIsCancelledInItsCalendar() {
    try (Coplan store = Coplan.builder().storage(InMemoryStorage.create()).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = ReferencePlan.record(coplan);
      ReferenceTour.record(coplan, plan);
      Activity matchmaking =
          activitiesOf(coplan, plan).stream()
              .filter(a -> a.details().title().best("en").equals(MATCHMAKING))
              .findFirst()
              .orElseThrow();
      coplan
          .activities()
          .changeStatus(ChangeActivityStatus.cancel(matchmaking.id(), "merged with another"));
      List<Activity> activities = activitiesOf(coplan, plan);
      Calendar calendar = export(coplan, plan);
      Map<String, String> found = statuses(calendar);

      assertThat(found).containsExactlyInAnyOrderEntriesOf(expectedStatuses(activities));
      assertThat(uidsWith(found, "CANCELLED")).containsExactly(matchmaking.id().value() + DOMAIN);
      assertThat(titlesOf(calendar, activities, "CANCELLED")).containsExactly(MATCHMAKING);
      assertThat(uidsWith(found, "TENTATIVE")).hasSize(6);
      assertThat(uidsWith(found, "CONFIRMED")).hasSize(4);
    }
  }

  private static Calendar export(UseCases coplan, CooperationPlan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ActivityCalendar.of(
            coplan,
            CalendarOptions.builder()
                .language("en")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build())
        .write(plan.id(), out);
    try {
      Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));
      ValidationResult result = parsed.validate(true);
      if (result.hasErrors()) {
        throw new AssertionError("the calendar is not valid iCalendar: " + result);
      }
      return parsed;
    } catch (IOException | ParserException e) {
      throw new AssertionError("the calendar does not parse back", e);
    }
  }

  private static List<Activity> activitiesOf(UseCases coplan, CooperationPlan plan) {
    List<Activity> all = new ArrayList<>();
    @Nullable String cursor = null;
    do {
      Page<Activity> page =
          coplan
              .activities()
              .search(
                  ActivityQuery.builder()
                      .plan(plan.id())
                      .pageSize(ActivityQuery.MAX_PAGE_SIZE)
                      .after(cursor)
                      .build());
      all.addAll(page.items());
      cursor = page.nextCursor();
    } while (cursor != null);
    return all;
  }

  /** Each event's STATUS by its UID; a UID twice fails. */
  private static Map<String, String> statuses(Calendar calendar) {
    Map<String, String> found = new LinkedHashMap<>();
    for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
      assertThat(found.put(text(event, Property.UID), text(event, Property.STATUS)))
          .as("one event per UID")
          .isNull();
    }
    return found;
  }

  private static Map<String, String> expectedStatuses(List<Activity> activities) {
    Map<String, String> expected = new LinkedHashMap<>();
    for (Activity activity : activities) {
      expected.put(activity.id().value() + DOMAIN, status(activity));
      for (Stop stop : activity.itinerary()) {
        expected.put(stopUid(activity, stop), status(activity, stop));
      }
    }
    return expected;
  }

  private static String status(Activity activity) {
    if (activity.status() == ActivityStatus.CANCELLED) {
      return "CANCELLED";
    }
    PartialDate actualStart = activity.actualStart();
    PartialDate start;
    @Nullable PartialDate end;
    if (actualStart != null) {
      start = actualStart;
      end = activity.actualEnd();
    } else {
      DateSpan planned = activity.details().planned();
      start = planned.start();
      end = planned.end();
    }
    return roughly(start) || (end != null && roughly(end)) ? "TENTATIVE" : "CONFIRMED";
  }

  private static String status(Activity activity, Stop stop) {
    if (activity.status() == ActivityStatus.CANCELLED || stop.status() == StopStatus.CANCELLED) {
      return "CANCELLED";
    }
    StopTime time = stop.time();
    return !time.precise() && (roughly(time.firstDay()) || roughly(time.lastDay()))
        ? "TENTATIVE"
        : "CONFIRMED";
  }

  private static boolean roughly(PartialDate date) {
    return date.precision() != PartialDate.Precision.DAY
        || date.qualifier() != PartialDate.Qualifier.EXACT;
  }

  private static List<String> uidsWith(Map<String, String> statuses, String status) {
    return statuses.entrySet().stream()
        .filter(e -> e.getValue().equals(status))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** The English titles of the activities (not the stops) whose events have a status. */
  private static List<String> titlesOf(
      Calendar calendar, List<Activity> activities, String status) {
    Map<String, String> found = statuses(calendar);
    return activities.stream()
        .filter(a -> status.equals(found.get(a.id().value() + DOMAIN)))
        .map(a -> a.details().title().best("en"))
        .sorted()
        .toList();
  }

  private static String stopUid(Activity activity, Stop stop) {
    return activity.id().value() + "-" + stop.id().value() + DOMAIN;
  }

  private static VEvent event(Calendar calendar, String uid) {
    return calendar.<VEvent>getComponents("VEVENT").stream()
        .filter(e -> text(e, Property.UID).equals(uid))
        .findFirst()
        .orElseThrow();
  }

  private static String text(VEvent event, String name) {
    return event.<Property>getProperty(name).orElseThrow().getValue();
  }

  private static String parameter(VEvent event, String property, String parameter) {
    Property found = event.<Property>getProperty(property).orElseThrow();
    return found.<Parameter>getParameter(parameter).orElseThrow().getValue();
  }
}
