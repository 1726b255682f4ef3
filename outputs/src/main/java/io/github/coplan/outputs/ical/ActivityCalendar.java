package io.github.coplan.outputs.ical;

import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopStatus;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.outputs.support.Activities;
import io.github.coplan.outputs.support.Required;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * A plan's activities, or those a search finds, as an iCalendar (RFC 5545) file: one all-day event
 * per activity and one event per stop of a study tour's itinerary, by the rules of {@link
 * io.github.coplan.outputs.ical the package}.
 *
 * <pre>{@code
 * ActivityCalendar calendar = ActivityCalendar.of(coplan.actingAs(actor),
 *     CalendarOptions.builder().language("en").build());
 * calendar.write(plan.id(), out);                            // text/calendar, UTF-8
 * Calendar tours = calendar.calendar(ActivityQuery.builder().types(ActivityType.STUDY_TOUR).build());
 * }</pre>
 *
 * <p>It reads through the use cases, with the actor's rights, and holds no state between calls:
 * each call reads the activities afresh. Thread-safe.
 */
public final class ActivityCalendar {

  /** The {@code PRODID} of every calendar written. */
  public static final String PRODUCT_ID = "-//Coplan//Coplan outputs//EN";

  private final UseCases coplan;
  private final CalendarOptions options;

  private ActivityCalendar(UseCases coplan, CalendarOptions options) {
    this.coplan = coplan;
    this.options = options;
  }

  /**
   * A calendar export that reads through the given use cases.
   *
   * @param coplan the use cases, acting as someone allowed to read the activities
   * @param options the language, clock and UID domain
   * @return the export
   * @throws io.github.coplan.domain.error.InvalidInputException if either is null
   */
  public static ActivityCalendar of(@Nullable UseCases coplan, @Nullable CalendarOptions options) {
    Required.all("coplan", coplan, "options", options);
    return new ActivityCalendar(Required.of("coplan", coplan), Required.of("options", options));
  }

  /**
   * The calendar of a plan's activities, in the order of the default activity search.
   *
   * @param plan the plan
   * @return a new calendar, the caller's to change
   * @throws io.github.coplan.domain.error.InvalidInputException if the plan is null
   * @throws io.github.coplan.domain.error.NotFoundException if the plan is not there, or the actor
   *     may not see it
   */
  public Calendar calendar(@Nullable PlanId plan) {
    PlanId id = Required.of("plan", plan);
    CooperationPlan read = coplan.plans().get(id);
    String language = options.language();
    return build(
        activities(ActivityQuery.builder().plan(id).build()),
        language != null ? language : read.title().originalLanguage());
  }

  /**
   * The calendar of every activity a search finds, every page of it, in the search's order.
   *
   * @param query the search; its page size, cursor and total are not used: every match is read
   * @return a new calendar, the caller's to change
   * @throws io.github.coplan.domain.error.InvalidInputException if the query is null
   */
  public Calendar calendar(@Nullable ActivityQuery query) {
    return build(activities(Required.of("query", query)), options.language());
  }

  /**
   * Writes the calendar of a plan's activities as {@code text/calendar}, UTF-8.
   *
   * @param plan the plan
   * @param out where to write; not closed
   * @throws io.github.coplan.domain.error.InvalidInputException if an argument is null
   * @throws io.github.coplan.domain.error.NotFoundException if the plan is not there
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(@Nullable PlanId plan, @Nullable OutputStream out) {
    Required.all("plan", plan, "out", out);
    output(calendar(plan), Required.of("out", out));
  }

  /**
   * Writes the calendar of every activity a search finds as {@code text/calendar}, UTF-8.
   *
   * @param query the search
   * @param out where to write; not closed
   * @throws io.github.coplan.domain.error.InvalidInputException if an argument is null
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(@Nullable ActivityQuery query, @Nullable OutputStream out) {
    Required.all("query", query, "out", out);
    output(calendar(query), Required.of("out", out));
  }

  private static void output(Calendar calendar, OutputStream out) {
    try {
      // not validated here: what is built is valid by construction, and the tests validate it
      // with ical4j's validator; a failed check would otherwise reach the caller as an error of
      // theirs
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException("the calendar could not be written", e);
    }
  }

  private List<Activity> activities(ActivityQuery query) {
    return Activities.all(coplan, query);
  }

  private Calendar build(List<Activity> activities, @Nullable String language) {
    Instant now = options.clock().instant();
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    Map<String, VTimeZone> zones = new TreeMap<>();
    List<VEvent> events = new ArrayList<>();
    for (Activity activity : activities) {
      String lang = language != null ? language : activity.details().title().originalLanguage();
      events.add(event(activity, lang, now));
      for (Stop stop : activity.itinerary()) {
        events.add(stopEvent(activity, stop, lang, now, registry, zones));
      }
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    zones.values().forEach(calendar::add);
    events.forEach(calendar::add);
    return calendar;
  }

  private VEvent event(Activity activity, String language, Instant now) {
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
    PartialDate last = end != null ? end : start;
    VEvent event = new VEvent(false);
    event.add(new Uid(uid(activity.id())));
    event.add(new DtStamp(now));
    event.add(new DtStart<>(start.earliestDay()));
    event.add(new DtEnd<>(last.latestDay().plusDays(1)));
    event.add(
        status(activity.status() == ActivityStatus.CANCELLED, tentative(start) || tentative(last)));
    event.add(new Summary(activity.details().title().best(language)));
    LocalizedText description = activity.details().description();
    if (description != null) {
      event.add(new Description(description.best(language)));
    }
    Location location = activity.details().location();
    if (location != null) {
      event.add(new net.fortuna.ical4j.model.property.Location(text(location)));
    }
    event.add(new Categories(activity.details().type().name()));
    ActivityId parent = activity.parent();
    if (parent != null) {
      event.add(new RelatedTo(uid(parent)));
    }
    return event;
  }

  private VEvent stopEvent(
      Activity activity,
      Stop stop,
      String language,
      Instant now,
      TimeZoneRegistry registry,
      Map<String, VTimeZone> zones) {
    VEvent event = new VEvent(false);
    event.add(new Uid(activity.id().value() + "-" + stop.id().value() + "@" + options.uidDomain()));
    event.add(new DtStamp(now));
    boolean cancelled =
        activity.status() == ActivityStatus.CANCELLED || stop.status() == StopStatus.CANCELLED;
    StopTime time = stop.time();
    if (time instanceof StopTime.Times) {
      StopTime.Times times = (StopTime.Times) time;
      ZoneId zone = stop.place().zone();
      TimeZone known = registry.getTimeZone(zone.getId());
      if (known != null) {
        zones.putIfAbsent(zone.getId(), known.getVTimeZone());
        event.add(new DtStart<>(times.start().atZone(zone)));
        event.add(new DtEnd<>(times.end().atZone(zone)));
      } else {
        // a zone ical4j has no VTIMEZONE for: the times in UTC keep the file self-contained
        event.add(new DtStart<>(times.start().atZone(zone).toInstant()));
        event.add(new DtEnd<>(times.end().atZone(zone).toInstant()));
      }
      event.add(status(cancelled, false));
    } else {
      StopTime.Dates dates = (StopTime.Dates) time;
      PartialDate first = dates.firstDay();
      PartialDate last = dates.lastDay();
      LocalDate firstDay = first.earliestDay();
      event.add(new DtStart<>(firstDay));
      event.add(new DtEnd<>(last.latestDay().plusDays(1)));
      event.add(status(cancelled, tentative(first) || tentative(last)));
    }
    event.add(new Summary(activity.details().title().best(language) + " — " + stop.place().city()));
    String note = stop.note();
    event.add(new Description(note == null ? stop.purpose() : stop.purpose() + "\n" + note));
    event.add(new net.fortuna.ical4j.model.property.Location(text(stop.place())));
    event.add(new Categories(activity.details().type().name()));
    event.add(new RelatedTo(uid(activity.id())));
    return event;
  }

  private String uid(ActivityId activity) {
    return activity.value() + "@" + options.uidDomain();
  }

  private static Status status(boolean cancelled, boolean tentative) {
    if (cancelled) {
      return ImmutableStatus.VEVENT_CANCELLED;
    }
    return tentative ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED;
  }

  /** Known only to a part of a year, or approximate or uncertain. */
  static boolean tentative(PartialDate date) {
    return date.precision() != PartialDate.Precision.DAY
        || date.qualifier() != PartialDate.Qualifier.EXACT;
  }

  /** Venue, city, country code, and "online" for a location people join online. */
  private static String text(Location location) {
    List<String> parts = new ArrayList<>();
    addIfPresent(parts, location.venue());
    addIfPresent(parts, location.city());
    if (location.country() != null) {
      parts.add(String.valueOf(location.country()));
    }
    if (location.online()) {
      parts.add("online");
    }
    return String.join(", ", parts);
  }

  private static String text(Place place) {
    List<String> parts = new ArrayList<>();
    addIfPresent(parts, place.venue());
    parts.add(place.city());
    parts.add(place.country().code());
    return String.join(", ", parts);
  }

  private static void addIfPresent(List<String> parts, @Nullable String part) {
    if (part != null) {
      parts.add(part);
    }
  }
}
