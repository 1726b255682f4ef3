package io.github.coplan.application;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopStatus;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The report of a tour (a study tour, a delegation's visit): who travelled, and its itinerary day
 * by day in each stop's local time, with the absolute time of each stop and who met whom there.
 * Immutable. Made by {@link ReportUseCases#tour}.
 *
 * <p>Names are given in the report's language where a name has it, and in its original language
 * otherwise. {@link #text()} writes the report as plain text, one line per fact.
 *
 * @param activity the activity as it was when the report was made
 * @param title its title in the report's language
 * @param members the members of its delegation, in the order of their participations
 * @param days the itinerary, by local day: the stops in the itinerary's order (absolute time), a
 *     day begun by each stop whose local first day differs from the stop's before it. A tour that
 *     flies west across midnight can thus show a local day again, as its travellers lived it.
 * @param relationships the relationships recorded afterwards with the tour as their source, by
 *     start, then id, as far as the reader may see them
 * @param language the canonical BCP 47 tag of the report's language, or null for the original
 *     language of each text
 * @since 0.4.0
 */
public record TourReport(
    Activity activity,
    String title,
    List<Member> members,
    List<Day> days,
    List<Produced> relationships,
    @Nullable String language) {

  /**
   * Checks the parts.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing
   */
  public TourReport {
    Validation v = new Validation();
    v.required("activity", activity);
    v.required("title", title);
    v.elements("members", members);
    v.elements("days", days);
    v.elements("relationships", relationships);
    v.throwIfAny();
    members = ImmutableList.copyOf(members);
    days = ImmutableList.copyOf(days);
    relationships = ImmutableList.copyOf(relationships);
  }

  /**
   * A relationship the tour produced, with the names of its sides and its type's label in the
   * report's language.
   *
   * @param relationship the relationship
   * @param from the name of its first side
   * @param label the label of its type, read from the first side to the second
   * @param to the name of its second side
   */
  public record Produced(Relationship relationship, String from, String label, String to) {

    /**
     * Checks the parts.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing
     */
    public Produced {
      Validation v = new Validation();
      v.required("relationship", relationship);
      v.required("from", from);
      v.required("label", label);
      v.required("to", to);
      v.throwIfAny();
    }

    /**
     * The relationship as one line: {@code from — label — to, start–end}.
     *
     * @return the line
     */
    public String line() {
      PartialDate end = relationship.end();
      return from
          + " — "
          + label
          + " — "
          + to
          + ", "
          + (end == null
              ? "since " + relationship.start()
              : DateSpan.of(relationship.start(), end).toString());
    }
  }

  /**
   * A member of the delegation.
   *
   * @param person who
   * @param name their name
   * @param role head of delegation, delegate, interpreter or liaison
   * @param status where their participation stands
   * @param affiliation the name of the organisation they came from, as the participation recorded
   *     it, or null
   */
  public record Member(
      PersonId person,
      String name,
      ParticipationRole role,
      ParticipationStatus status,
      @Nullable String affiliation) {}

  /**
   * The stops that start on one local day, each on the day in its own place's zone.
   *
   * @param day the day, as precisely as the stops' times give it
   * @param stops the stops, in the itinerary's order
   */
  public record Day(PartialDate day, List<StopLine> stops) {

    /** Copies the list. */
    public Day {
      stops = ImmutableList.copyOf(stops);
    }
  }

  /**
   * One stop of the itinerary.
   *
   * @param number its place in the itinerary, from 1
   * @param stop the stop
   * @param host the name of its host organisation
   * @param attendees the names of its attendees, in the stop's order
   */
  public record StopLine(int number, Stop stop, String host, List<String> attendees) {

    /** Copies the list. */
    public StopLine {
      attendees = ImmutableList.copyOf(attendees);
    }

    /**
     * The stop's time in its place's local time, with the zone and its offset: {@code 10:00–12:00
     * Asia/Jerusalem (UTC+02:00)}, {@code 2018-11-12 Asia/Jerusalem} for days.
     *
     * @return the text
     */
    public String localTime() {
      ZoneId zone = stop.place().zone();
      StopTime t = stop.time();
      if (t instanceof StopTime.Times times) {
        LocalDateTime start = times.start();
        LocalDateTime end = times.end();
        String span =
            start.toLocalDate().equals(end.toLocalDate())
                ? HOURS.format(start) + "–" + HOURS.format(end)
                : DAY_HOURS.format(start) + "–" + DAY_HOURS.format(end);
        ZoneOffset from = start.atZone(zone).getOffset();
        ZoneOffset to = end.atZone(zone).getOffset();
        String offsets = from.equals(to) ? utc(from) : utc(from) + " → " + utc(to);
        return span + " " + zone.getId() + " (" + offsets + ")";
      }
      return t + " " + zone.getId();
    }

    /**
     * The stop's time in absolute time: {@code 2018-10-28T08:00Z–2018-10-28T10:00Z}; for days, from
     * the first day's local midnight to the midnight after the last.
     *
     * @return the text
     */
    public String absoluteTime() {
      ZoneId zone = stop.place().zone();
      StopTime t = stop.time();
      return utc(t.earliestStart(zone)) + "–" + utc(t.latestEnd(zone));
    }

    /** An instant as a UTC local date-time with {@code Z}, seconds only when not zero. */
    private static String utc(Instant instant) {
      return LocalDateTime.ofInstant(instant, ZoneOffset.UTC) + "Z";
    }

    private static String utc(ZoneOffset offset) {
      return "UTC" + (offset.equals(ZoneOffset.UTC) ? "" : offset.getId());
    }
  }

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter DAY_HOURS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);

  /**
   * The report as plain text, one line per fact, lines ending in {@code \n}:
   *
   * <pre>
   * Study tour to Israel — STUDY_TOUR COMPLETED, planned 2018-11, took place 2018-11-11/2018-11-17
   * Members:
   *   Nguyễn Văn A — HEAD_OF_DELEGATION ATTENDED, DOST HCMC
   * Itinerary:
   *   2018-11-12
   *     1. 09:00–11:00 Asia/Jerusalem (UTC+02:00) = 2018-11-12T07:00Z–2018-11-12T09:00Z
   *        Jerusalem, IL — host Israel Innovation Authority — COMPLETED
   *        purpose: …
   *        met: Nguyễn Văn A, … with Israel Innovation Authority
   *        outcome: …
   * </pre>
   *
   * <p>A planned stop lists who is expected ({@code expected:}), a completed one who met the host
   * ({@code met:}); a cancelled one gives its reason ({@code cancelled:}).
   *
   * @return the text
   */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(title)
        .append(" — ")
        .append(activity.details().type())
        .append(' ')
        .append(activity.status())
        .append(", planned ")
        .append(activity.details().planned());
    PartialDate start = activity.actualStart();
    if (start != null) {
      PartialDate end = activity.actualEnd();
      out.append(", took place ")
          .append(end == null ? DateSpan.from(start) : DateSpan.of(start, end));
    }
    out.append('\n').append("Members:\n");
    for (Member m : members) {
      out.append("  ").append(m.name()).append(" — ").append(m.role()).append(' ');
      out.append(m.status());
      if (m.affiliation() != null) {
        out.append(", ").append(m.affiliation());
      }
      out.append('\n');
    }
    out.append("Itinerary:\n");
    for (Day d : days) {
      out.append("  ").append(d.day()).append('\n');
      for (StopLine line : d.stops()) {
        Stop s = line.stop();
        out.append("    ")
            .append(line.number())
            .append(". ")
            .append(line.localTime())
            .append(" = ")
            .append(line.absoluteTime())
            .append('\n');
        out.append("       ").append(s.place().city());
        if (s.place().venue() != null) {
          out.append(", ").append(s.place().venue());
        }
        out.append(", ")
            .append(s.place().country())
            .append(" — host ")
            .append(line.host())
            .append(" — ")
            .append(s.status())
            .append('\n');
        out.append("       purpose: ").append(s.purpose()).append('\n');
        if (!line.attendees().isEmpty()) {
          out.append("       ")
              .append(s.status() == StopStatus.COMPLETED ? "met: " : "expected: ")
              .append(String.join(", ", line.attendees()))
              .append(" with ")
              .append(line.host())
              .append('\n');
        }
        if (s.note() != null) {
          out.append("       ")
              .append(s.status() == StopStatus.CANCELLED ? "cancelled: " : "outcome: ")
              .append(s.note())
              .append('\n');
        }
      }
    }
    if (!relationships.isEmpty()) {
      out.append("Relationships recorded afterwards:\n");
      for (Produced p : relationships) {
        out.append("  ").append(p.line()).append('\n');
      }
    }
    return out.toString();
  }
}
