package io.github.coplan.port.storage;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.ConnectionQuery;
import io.github.coplan.domain.network.Degree;
import io.github.coplan.domain.network.Encounter;
import io.github.coplan.domain.network.Meeting;
import io.github.coplan.domain.network.Meetings;
import io.github.coplan.domain.network.Network;
import io.github.coplan.domain.network.Reach;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.network.Tie;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The network queries computed over aggregates held in memory, for stores that hold them so; SQL
 * stores compute the same in SQL. Every answer is the one {@link NetworkRepository} defines, the
 * meetings those of {@link Meetings#of}.
 *
 * <p>A scan reads what a store holds through {@link Held}, and sees only the plans a predicate
 * accepts: meetings at activities of those plans, and relationships without a plan or of one of
 * those plans. It checks no argument: the store refuses missing ones first.
 *
 * @since 0.4.0
 */
public final class NetworkScan {

  /**
   * The order of relationships the repository lists: by the earliest day of the start, then by the
   * text form of the id.
   */
  public static final Comparator<Relationship> RELATIONSHIP_ORDER =
      Comparator.comparing((Relationship r) -> r.start().earliestDay())
          .thenComparing(r -> r.id().toString());

  /** The order of participants by their text form. */
  private static final Comparator<Participant> TEXT = Comparator.comparing(Participant::toString);

  /**
   * What a store holds, as a scan reads it.
   *
   * @since 0.4.0
   */
  public interface Held {

    /**
     * Every activity held.
     *
     * @return the activities
     */
    Collection<Activity> activities();

    /**
     * The activities a participant has a participation in, or more: a scan reads no other to find
     * the participant's meetings. By default every activity.
     *
     * @param participant the participant
     * @return at least the activities it takes part in
     */
    default Collection<Activity> activitiesOf(Participant participant) {
      return activities();
    }

    /**
     * The activities of a plan, or more: a scan reads no other for a question about one plan. By
     * default every activity.
     *
     * @param plan the plan
     * @return at least the plan's activities
     */
    default Collection<Activity> activitiesOf(PlanId plan) {
      return activities();
    }

    /**
     * The relationships a participant is a side of, or more. By default {@link #relationships()}.
     *
     * @param participant the participant
     * @return at least its relationships
     */
    default Collection<Relationship> relationshipsOf(Participant participant) {
      return relationships();
    }

    /**
     * Every relationship held.
     *
     * @return the relationships
     */
    Collection<Relationship> relationships();

    /**
     * The country of a participant's profile.
     *
     * @param participant the participant
     * @return the country, or null if the participant is not held
     */
    @Nullable CountryCode country(Participant participant);

    /**
     * The type of an organisation.
     *
     * @param participant the participant
     * @return the organisation's type, or null for a person or one not held
     */
    @Nullable OrganisationType type(Participant participant);
  }

  private final Held held;
  private final Predicate<PlanId> visible;

  /**
   * A scan of what a store holds, as a viewer sees it.
   *
   * @param held what the store holds
   * @param visible which plans the viewer may see; for no viewer, every plan
   */
  public NetworkScan(Held held, Predicate<PlanId> visible) {
    this.held = Objects.requireNonNull(held, "held");
    this.visible = Objects.requireNonNull(visible, "visible");
  }

  // ---- meetings

  /** The encounters of a participant at visible activities counted up to a day, by the other. */
  private Map<Participant, List<Meeting>> met(Participant participant, LocalDate asOf) {
    Map<Participant, List<Meeting>> byOther = new HashMap<>();
    for (Activity activity : held.activitiesOf(participant)) {
      if (!visible.test(activity.plan())) {
        continue;
      }
      for (Encounter e : Meetings.of(activity)) {
        if (e.first().equals(participant)
            && !e.second().equals(participant)
            && counts(e.meeting(), asOf)) {
          byOther.computeIfAbsent(e.second(), k -> new ArrayList<>()).add(e.meeting());
        }
      }
    }
    return byOther;
  }

  private static boolean counts(Meeting m, LocalDate asOf) {
    return !m.day().earliestDay().isAfter(asOf);
  }

  private boolean sees(Relationship r) {
    PlanId plan = r.plan();
    return plan == null || visible.test(plan);
  }

  // ---- connections of a participant

  /**
   * The connections of a participant up to a day: see {@link NetworkRepository#connectionsOf}.
   *
   * @param participant the participant
   * @param asOf the day
   * @return the connections, by the earliest day of the first meeting, then by the other side's
   *     text form
   */
  public List<Connection> connectionsOf(Participant participant, LocalDate asOf) {
    List<Connection> out = new ArrayList<>();
    for (Map.Entry<Participant, List<Meeting>> e : met(participant, asOf).entrySet()) {
      out.add(new Connection(participant, e.getKey(), e.getValue()));
    }
    out.sort(
        Comparator.comparing((Connection c) -> c.firstMet().earliestDay())
            .thenComparing(Connection::second, TEXT));
    return List.copyOf(out);
  }

  /**
   * The connections of a participant gone cold: see {@link NetworkRepository#goneCold}.
   *
   * @param participant the participant
   * @param asOf the day
   * @param cutoff the first day a meeting must reach to keep a connection warm
   * @return the cold connections, by the latest day any of their meetings may mean, then by the
   *     other side's text form
   */
  public List<Connection> goneCold(Participant participant, LocalDate asOf, LocalDate cutoff) {
    List<Connection> out = new ArrayList<>();
    for (Connection c : connectionsOf(participant, asOf)) {
      if (latest(c).isBefore(cutoff)) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparing(NetworkScan::latest).thenComparing(Connection::second, TEXT));
    return List.copyOf(out);
  }

  /** The latest day any meeting of a connection may mean. */
  private static LocalDate latest(Connection c) {
    LocalDate latest = LocalDate.MIN;
    for (Meeting m : c.meetings()) {
      LocalDate day = m.day().latestDay();
      if (day.isAfter(latest)) {
        latest = day;
      }
    }
    return latest;
  }

  // ---- the network

  /** The evidence between the root (or an intermediary) and another, as it gathers. */
  private static final class Evidence {
    final List<Meeting> meetings = new ArrayList<>();
    int relationships;
    final Set<RelationshipTypeCode> types = new TreeSet<>();

    Tie tie(Participant from, Participant to) {
      meetings.sort(Meeting.ORDER);
      return new Tie(
          from,
          to,
          meetings.size(),
          meetings.isEmpty() ? null : meetings.get(0).day(),
          meetings.isEmpty() ? null : meetings.get(meetings.size() - 1).day(),
          List.copyOf(types));
    }
  }

  /** The ties of a participant on a day, by the other side. */
  private Map<Participant, Evidence> ties(Participant participant, LocalDate asOf) {
    Map<Participant, Evidence> ties = new HashMap<>();
    for (Map.Entry<Participant, List<Meeting>> e : met(participant, asOf).entrySet()) {
      ties.computeIfAbsent(e.getKey(), k -> new Evidence()).meetings.addAll(e.getValue());
    }
    for (Relationship r : held.relationshipsOf(participant)) {
      if (!r.involves(participant) || !r.isActiveOn(asOf) || !sees(r)) {
        continue;
      }
      Participant other = r.from().equals(participant) ? r.to() : r.from();
      Evidence evidence = ties.computeIfAbsent(other, k -> new Evidence());
      evidence.relationships++;
      evidence.types.add(r.type());
    }
    return ties;
  }

  /**
   * The network of a participant: see {@link Network}. The strongest tie to the root has the most
   * meetings, then the most active relationships (each relationship counted, in either direction),
   * then the intermediary of the least text form.
   *
   * @param root the participant
   * @param depth 1 or 2
   * @param asOf the day
   * @param limit how many participants at most
   * @return the network
   */
  public Network network(Participant root, int depth, LocalDate asOf, int limit) {
    Map<Participant, Evidence> first = ties(root, asOf);
    first.remove(root);
    List<Reach> reached = new ArrayList<>();
    List<Map.Entry<Participant, Evidence>> intermediaries = new ArrayList<>(first.entrySet());
    // the strongest tie to the root first: most meetings, most relationships, least text form
    intermediaries.sort(
        Comparator.comparingInt(
                (Map.Entry<Participant, Evidence> e) -> -e.getValue().meetings.size())
            .thenComparingInt(e -> -e.getValue().relationships)
            .thenComparing(Map.Entry::getKey, TEXT));
    Map<Participant, Reach> second = new LinkedHashMap<>();
    for (Map.Entry<Participant, Evidence> e : intermediaries) {
      Participant via = e.getKey();
      Tie rootTie = e.getValue().tie(root, via);
      reached.add(new Reach(via, List.of(rootTie)));
      if (depth < 2) {
        continue;
      }
      for (Map.Entry<Participant, Evidence> f : ties(via, asOf).entrySet()) {
        Participant other = f.getKey();
        if (!other.equals(root) && !first.containsKey(other) && !second.containsKey(other)) {
          second.put(other, new Reach(other, List.of(rootTie, f.getValue().tie(via, other))));
        }
      }
    }
    reached.addAll(second.values());
    reached.sort(Comparator.comparingInt(Reach::depth).thenComparing(Reach::participant, TEXT));
    boolean complete = reached.size() <= limit;
    return new Network(root, asOf, depth, complete ? reached : reached.subList(0, limit), complete);
  }

  // ---- connections made by a plan

  /**
   * The connections a plan made in a period: see {@link ConnectionQuery}.
   *
   * @param query the query
   * @return the connections, in the query's order
   */
  public List<Connection> connectionsMade(ConnectionQuery query) {
    Map<List<Participant>, List<Meeting>> pairs = new HashMap<>();
    if (!visible.test(query.plan())) {
      return List.of();
    }
    for (Activity activity : held.activitiesOf(query.plan())) {
      if (!activity.plan().equals(query.plan())
          || (query.contentArea() != null
              && !query.contentArea().equals(activity.details().contentArea()))) {
        continue;
      }
      for (Encounter e : Meetings.of(activity)) {
        if (!e.first().equals(e.second())) {
          pairs
              .computeIfAbsent(List.of(e.first(), e.second()), k -> new ArrayList<>())
              .add(e.meeting());
        }
      }
    }
    List<Connection> out = new ArrayList<>();
    for (Map.Entry<List<Participant>, List<Meeting>> e : pairs.entrySet()) {
      Participant a = e.getKey().get(0);
      Participant b = e.getKey().get(1);
      if (!matches(query.firstSide(), a) || !matches(query.secondSide(), b)) {
        continue;
      }
      if (TEXT.compare(b, a) < 0
          && matches(query.firstSide(), b)
          && matches(query.secondSide(), a)) {
        continue; // listed the other way round, the lesser text form first
      }
      Connection c = new Connection(a, b, e.getValue());
      LocalDate firstDay = c.firstMet().earliestDay();
      if (!firstDay.isBefore(query.from()) && !firstDay.isAfter(query.to())) {
        out.add(c);
      }
    }
    out.sort(
        Comparator.comparing((Connection c) -> c.firstMet().earliestDay())
            .thenComparing(Connection::first, TEXT)
            .thenComparing(Connection::second, TEXT));
    return List.copyOf(out.subList(0, Math.min(out.size(), query.limit())));
  }

  private boolean matches(ConnectionQuery.Side side, Participant p) {
    return side.accepts(
        p,
        side.country() == null ? null : held.country(p),
        side.type() == null ? null : held.type(p));
  }

  // ---- the most connected

  /**
   * The most connected participants: see {@link NetworkRepository#mostConnected}.
   *
   * @param plan only meetings at activities of this plan, or null for every visible plan
   * @param from the first day
   * @param to the last day
   * @param limit how many at most
   * @return the degrees, best first
   */
  public List<Degree> mostConnected(
      @Nullable PlanId plan, LocalDate from, LocalDate to, int limit) {
    Map<Participant, Map<Participant, Integer>> counts = new HashMap<>();
    for (Activity activity : plan == null ? held.activities() : held.activitiesOf(plan)) {
      if ((plan != null && !plan.equals(activity.plan())) || !visible.test(activity.plan())) {
        continue;
      }
      for (Encounter e : Meetings.of(activity)) {
        LocalDate day = e.meeting().day().earliestDay();
        if (!e.first().equals(e.second()) && !day.isBefore(from) && !day.isAfter(to)) {
          counts
              .computeIfAbsent(e.first(), k -> new HashMap<>())
              .merge(e.second(), 1, Integer::sum);
        }
      }
    }
    List<Degree> out = new ArrayList<>();
    for (Map.Entry<Participant, Map<Participant, Integer>> e : counts.entrySet()) {
      int meetings = 0;
      for (int n : e.getValue().values()) {
        meetings += n;
      }
      out.add(new Degree(e.getKey(), e.getValue().size(), meetings));
    }
    out.sort(
        Comparator.comparingInt((Degree d) -> -d.connections())
            .thenComparingInt(d -> -d.meetings())
            .thenComparing(Degree::participant, TEXT));
    return List.copyOf(out.subList(0, Math.min(out.size(), limit)));
  }
}
