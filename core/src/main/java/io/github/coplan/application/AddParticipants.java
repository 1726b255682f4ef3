package io.github.coplan.application;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Adds many participants to an activity at once, as one change: a delegation list, a roster of a
 * training. Each entry is checked as {@link AddParticipant} checks its participant (the person or
 * organisation exists; a person without an explicit affiliation keeps the one they held on the
 * activity's first day), and the participations are appended in the order given. Either every entry
 * is added or, when one is refused, none is. The history records one change of the activity.
 *
 * <p>Adding participants one by one rewrites, and records in the history, the whole list each time;
 * for a list of thousands this command does that once.
 *
 * @param activity which activity
 * @param entries who takes part in which role, 1 to {@link Activity#MAX_PARTICIPATIONS}, each
 *     participant and role once
 * @param expectedVersion the version the change is based on, or null to change whatever version is
 *     stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 * @since 0.6.0
 */
public record AddParticipants(
    ActivityId activity, List<Entry> entries, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation: a missing
   *     activity or list, a missing entry ({@code entries[3]}), a list that is empty or longer than
   *     an activity holds ({@code entries}), a participant given twice in one role ({@code
   *     entries[7]}, {@code duplicate}), an expected version below 1
   */
  public AddParticipants {
    Validation v = new Validation();
    v.required("activity", activity);
    if (v.elements("entries", entries) != null) {
      v.require(
          !entries.isEmpty() && entries.size() <= Activity.MAX_PARTICIPATIONS,
          "entries",
          Violation.OUT_OF_RANGE,
          "1 to " + Activity.MAX_PARTICIPATIONS + " entries, was " + entries.size());
      Set<Key> seen = new HashSet<>();
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        v.require(
            e == null || seen.add(new Key(e.participant(), e.role())),
            "entries[" + i + "]",
            Violation.DUPLICATE,
            e == null ? "" : e.participant() + " is listed twice as " + e.role());
      }
    }
    Commands.checkVersion(v, expectedVersion);
    v.throwIfAny();
    entries = List.copyOf(entries);
  }

  /**
   * Adds the participants to whatever version of the activity is stored.
   *
   * @param activity which activity
   * @param entries who takes part in which role
   */
  public AddParticipants(ActivityId activity, List<Entry> entries) {
    this(activity, entries, null);
  }

  /**
   * This command, refused if the activity's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public AddParticipants expecting(long version) {
    return new AddParticipants(activity, entries, version);
  }

  /** A participant and role, which an activity holds at most once. */
  private record Key(Participant participant, ParticipationRole role) {}

  /**
   * One participant to add.
   *
   * @param participant who
   * @param role in which role
   * @param status the participation's status
   * @param affiliation an explicit affiliation snapshot, for a person only, or null to take it from
   *     the person's record
   */
  public record Entry(
      Participant participant,
      ParticipationRole role,
      ParticipationStatus status,
      @Nullable AffiliationSnapshot affiliation) {

    /**
     * Validates the entry.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation: a
     *     missing participant, role or status, or an affiliation given for an organisation
     */
    public Entry {
      Validation v = new Validation();
      v.required("participant", participant);
      v.required("role", role);
      v.required("status", status);
      v.require(
          affiliation == null || participant == null || participant instanceof Participant.Person,
          "affiliation",
          Violation.OUT_OF_RANGE,
          "only a person has an affiliation");
      v.throwIfAny();
    }

    /**
     * An entry whose affiliation, for a person, is taken from their record.
     *
     * @param participant who
     * @param role in which role
     * @param status the participation's status
     * @return the entry
     */
    public static Entry of(
        Participant participant, ParticipationRole role, ParticipationStatus status) {
      return new Entry(participant, role, status, null);
    }
  }
}
