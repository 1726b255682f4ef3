package io.github.coplan.benchmarks;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Storage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A generated network: 50,000 participants (40,000 people, 10,000 organisations) in 500 communities
 * of 100 (each 80 people and 20 organisations), and 50,000 completed activities of ten
 * participations each, 500,000 in all. An activity draws nine participants from its community and
 * one from another, as the plans of a city bring the same circles together and now and then someone
 * from elsewhere; nine in ten participations are attended, the others confirmed or no-shows, which
 * make no meeting. 10,000 relationships join members of a community: partners among organisations,
 * mentors from people, a fifth of them ended. Counting meetings alone, a participant met about 60
 * others, and reaches about 1,100 within depth 2 ({@code NetworkDataTest}).
 */
final class NetworkData {

  /** The people. */
  static final int PEOPLE = 40_000;

  /** The organisations. */
  static final int ORGANISATIONS = 10_000;

  /** The communities. */
  static final int COMMUNITIES = 500;

  /** The activities. */
  static final int ACTIVITIES = 50_000;

  /** The participations of each activity. */
  static final int PER_ACTIVITY = 10;

  /** The relationships. */
  static final int RELATIONSHIPS = 10_000;

  /** The plans the activities belong to. */
  static final int PLANS = 50;

  /** The day of the questions: after every generated meeting. */
  static final LocalDate AS_OF = LocalDate.of(2031, 1, 1);

  private static final int RELATIONSHIP_KIND = 7;

  private NetworkData() {}

  /**
   * The participant of an index: people first, then organisations. Its community is the index
   * modulo {@link #COMMUNITIES}.
   */
  static Participant participant(long seed, int index) {
    return index < PEOPLE
        ? Participant.of(Data.personId(seed, index))
        : Participant.of(Data.organisationId(seed, index - PEOPLE));
  }

  /** A member of a community: one of its 100 participants, by their number in it. */
  private static int member(int community, int number) {
    return community + COMMUNITIES * number;
  }

  /** An activity of the network, with its ten participations. */
  static Activity activity(long seed, int i) {
    int community = i % COMMUNITIES;
    PlanId plan = Data.planId(seed, community % PLANS);
    ActivityDetails details = Data.details(seed, i);
    Set<Integer> who = new LinkedHashSet<>();
    int draw = 0;
    while (who.size() < PER_ACTIVITY - 1) {
      who.add(member(community, Ids.pick(seed, 40, (long) i * 64 + draw++, 100)));
    }
    int elsewhere = (community + 1 + Ids.pick(seed, 41, i, COMMUNITIES - 1)) % COMMUNITIES;
    who.add(member(elsewhere, Ids.pick(seed, 42, i, 100)));
    List<Participation> participations = new ArrayList<>(PER_ACTIVITY);
    int k = 0;
    for (int index : who) {
      int roll = Ids.pick(seed, 43, (long) i * 16 + k, 20);
      ParticipationStatus status =
          roll < 18
              ? ParticipationStatus.ATTENDED
              : roll == 18 ? ParticipationStatus.CONFIRMED : ParticipationStatus.NO_SHOW;
      ParticipationRole role = k == 0 ? ParticipationRole.ORGANISER : ParticipationRole.ATTENDEE;
      participations.add(new Participation(participant(seed, index), role, status, null));
      k++;
    }
    PartialDate start = details.planned().start();
    return Activity.ForAdapters.restore(
        Data.activityId(seed, i),
        plan,
        details,
        null,
        ActivityStatus.COMPLETED,
        start,
        PartialDate.ofDay(details.planned().latestDay()),
        null,
        participations,
        0);
  }

  /** A relationship between two members of one community. */
  static Relationship relationship(long seed, int i) {
    int community = Ids.pick(seed, 50, i, COMMUNITIES);
    boolean partners = Ids.pick(seed, 51, i, 2) == 0;
    int a;
    int b;
    if (partners) {
      // organisations are the members numbered 80 to 99
      a = member(community, 80 + Ids.pick(seed, 52, i, 20));
      b = member(community, 80 + (a / COMMUNITIES - 80 + 1 + Ids.pick(seed, 53, i, 19)) % 20);
    } else {
      a = member(community, Ids.pick(seed, 54, i, 80));
      b = member(community, (a / COMMUNITIES + 1 + Ids.pick(seed, 55, i, 99)) % 100);
    }
    LocalDate start = Data.FIRST_DAY.plusDays(Ids.pick(seed, 56, i, Data.DAYS));
    PartialDate end =
        Ids.pick(seed, 57, i, 5) == 0
            ? PartialDate.ofDay(start.plusDays(1 + Ids.pick(seed, 58, i, 700)))
            : null;
    return Relationship.record(
        new RelationshipId(Ids.of(seed, RELATIONSHIP_KIND, i)),
        partners ? RelationshipType.PARTNER_OF : RelationshipType.MENTOR_OF,
        participant(seed, a),
        participant(seed, b),
        PartialDate.ofDay(start),
        end,
        null,
        null,
        null,
        null);
  }

  /**
   * Writes the network through a store's repositories, in units of 1,000: the organisations, the
   * people, the plans, the activities with their participations, the relationships.
   */
  @SuppressWarnings("NullAway") // units of work return null; see Fixtures#writeParties
  static void load(Storage storage, long seed) {
    for (int from = 0; from < ORGANISATIONS; from += 1_000) {
      int first = from;
      storage.inTransaction(
          r -> {
            for (int i = first; i < first + 1_000; i++) {
              r.organisations().insert(Data.organisation(seed, i));
            }
            return null;
          });
    }
    for (int from = 0; from < PEOPLE; from += 1_000) {
      int first = from;
      storage.inTransaction(
          r -> {
            for (int i = first; i < first + 1_000; i++) {
              r.people().insert(Data.person(seed, i));
            }
            return null;
          });
    }
    storage.inTransaction(
        r -> {
          for (int i = 0; i < PLANS; i++) {
            r.plans().insert(Data.plan(seed, i));
          }
          return null;
        });
    for (int from = 0; from < ACTIVITIES; from += 1_000) {
      int first = from;
      storage.inTransaction(
          r -> {
            for (int i = first; i < first + 1_000; i++) {
              r.activities().insert(activity(seed, i));
            }
            return null;
          });
    }
    for (int from = 0; from < RELATIONSHIPS; from += 1_000) {
      int first = from;
      storage.inTransaction(
          r -> {
            for (int i = first; i < first + 1_000; i++) {
              r.network().insertRelationship(relationship(seed, i));
            }
            return null;
          });
    }
  }
}
