package io.github.coplan.domain.network;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopStatus;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.PartialDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The definition of a meeting, as one activity records it. Stores that hold activities in memory
 * derive connections with it; stores that answer in SQL compute the same there.
 *
 * <ul>
 *   <li>Participants who both attended the activity (participations with status {@link
 *       ParticipationStatus#ATTENDED}) met at it: the meeting's stop is null, its day the
 *       activity's actual start, else its planned start, and its roles those of each one's first
 *       attended participation.
 *   <li>The host of a {@linkplain StopStatus#COMPLETED completed} stop met each person who attended
 *       the stop: the meeting's stop is the stop, its day the first day of the stop's actual time,
 *       else of its planned time, and its roles those of the host's and the attendee's first
 *       participation in the activity, whatever its status.
 * </ul>
 *
 * @since 0.4.0
 */
public final class Meetings {

  private Meetings() {}

  /**
   * The meetings an activity records, each pair both ways: for every meeting of A and B, one
   * encounter from A to B and one from B to A.
   *
   * @param activity the activity
   * @return the encounters: the activity's own meetings by the order of the participations, then
   *     those of its stops in the itinerary's order
   */
  public static List<Encounter> of(Activity activity) {
    Validation.notNull("activity", activity);
    List<Encounter> out = new ArrayList<>();
    Map<Participant, ParticipationRole> attended = new LinkedHashMap<>();
    Map<Participant, ParticipationRole> any = new LinkedHashMap<>();
    for (Participation p : activity.participations()) {
      any.putIfAbsent(p.participant(), p.role());
      if (p.status() == ParticipationStatus.ATTENDED) {
        attended.putIfAbsent(p.participant(), p.role());
      }
    }
    PartialDate start = activity.actualStart();
    PartialDate day = start != null ? start : activity.details().planned().start();
    List<Map.Entry<Participant, ParticipationRole>> list = new ArrayList<>(attended.entrySet());
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        var a = list.get(i);
        var b = list.get(j);
        both(
            out,
            a.getKey(),
            b.getKey(),
            new Meeting(activity.id(), null, day, a.getValue(), b.getValue()));
      }
    }
    for (Stop stop : activity.itinerary()) {
      if (stop.status() != StopStatus.COMPLETED) {
        continue;
      }
      Participant host = Participant.of(stop.host());
      ParticipationRole hostRole = any.get(host);
      if (hostRole == null) {
        continue;
      }
      var time = stop.actual() != null ? stop.actual() : stop.planned();
      PartialDate stopDay = time.firstDay();
      for (PersonId person : stop.attendees()) {
        Participant attendee = Participant.of(person);
        ParticipationRole role = any.get(attendee);
        if (role != null) {
          both(out, host, attendee, new Meeting(activity.id(), stop.id(), stopDay, hostRole, role));
        }
      }
    }
    return List.copyOf(out);
  }

  private static void both(List<Encounter> out, Participant a, Participant b, Meeting m) {
    out.add(new Encounter(a, b, m));
    out.add(
        new Encounter(
            b, a, new Meeting(m.activity(), m.stop(), m.day(), m.secondRole(), m.firstRole())));
  }
}
