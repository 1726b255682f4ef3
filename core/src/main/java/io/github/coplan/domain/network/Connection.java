package io.github.coplan.domain.network;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.PartialDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two participants who met, with the evidence: every {@link Meeting} on which they met, in the
 * order of {@link Meeting#ORDER}. A connection is derived from participations and completed stops
 * whenever it is asked for, never stored, so it cannot drift from them.
 *
 * @param first the participant the question was about, or the first of the pair
 * @param second the other participant
 * @param meetings the meetings, at least one, in order; each meeting's first role is {@code
 *     first}'s
 * @since 0.4.0
 */
public record Connection(Participant first, Participant second, List<Meeting> meetings) {

  /**
   * Checks the parts and puts the meetings in order.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing, there is no
   *     meeting, or both sides are the same participant
   */
  public Connection {
    Validation v = new Validation();
    v.required("first", first);
    v.required("second", second);
    if (v.elements("meetings", meetings) != null) {
      v.require(
          !meetings.isEmpty(),
          "meetings",
          io.github.coplan.domain.error.Violation.REQUIRED,
          "a connection has at least one meeting");
    }
    v.require(
        first == null || !first.equals(second),
        "second",
        io.github.coplan.domain.error.Violation.OUT_OF_RANGE,
        "a participant is not connected to itself");
    v.throwIfAny();
    List<Meeting> sorted = new ArrayList<>(meetings);
    sorted.sort(Meeting.ORDER);
    meetings = ImmutableList.copyOf(sorted);
  }

  /**
   * How many times they met.
   *
   * @return the number of meetings
   */
  public int count() {
    return meetings.size();
  }

  /**
   * When they first met: the day of the first meeting.
   *
   * @return the day, as precisely as it is known
   */
  public PartialDate firstMet() {
    return meetings.get(0).day();
  }

  /**
   * When they last met: the day of the last meeting.
   *
   * @return the day, as precisely as it is known
   */
  public PartialDate lastMet() {
    return meetings.get(meetings.size() - 1).day();
  }

  /**
   * The activities at which they met, in the order of their first meeting there.
   *
   * @return the activities, each once
   */
  public Set<ActivityId> activities() {
    Set<ActivityId> ids = new LinkedHashSet<>();
    for (Meeting m : meetings) {
      ids.add(m.activity());
    }
    return java.util.Collections.unmodifiableSet(ids);
  }

  /**
   * The same connection seen from the other side: the sides and the roles of each meeting swapped.
   *
   * @return the reversed connection
   */
  public Connection reversed() {
    List<Meeting> swapped = new ArrayList<>(meetings.size());
    for (Meeting m : meetings) {
      swapped.add(new Meeting(m.activity(), m.stop(), m.day(), m.secondRole(), m.firstRole()));
    }
    return new Connection(second, first, swapped);
  }
}
