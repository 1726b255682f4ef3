package io.github.coplan.application.internal;

import io.github.coplan.application.DefineRelationshipTypes;
import io.github.coplan.application.NetworkUseCases;
import io.github.coplan.application.RecordRelationship;
import io.github.coplan.application.ReviseRelationship;
import io.github.coplan.domain.access.Permission;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.ConnectionQuery;
import io.github.coplan.domain.network.Degree;
import io.github.coplan.domain.network.Network;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.port.storage.Repositories;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Carries out {@link NetworkUseCases}. Thread-safe. */
final class NetworkService implements NetworkUseCases {

  /** The name of the permission only a system actor holds: defining relationship types. */
  static final String DEFINE_TYPES = "DEFINE_RELATIONSHIP_TYPES";

  /** The most months {@link #goneCold} takes. */
  static final int MAX_MONTHS = 1_200;

  private final Units units;
  private final IdSource ids;

  NetworkService(Units units, IdSource ids, Clock clock) {
    this.units = units;
    this.ids = ids;
  }

  @Override
  public List<RelationshipType> defineTypes(DefineRelationshipTypes command) {
    Services.required("command", command);
    if (!units.guard().unlimited()) {
      throw new AccessDeniedException(units.actor().toString(), DEFINE_TYPES, "relationship types");
    }
    return units.write(
        command,
        r -> {
          for (RelationshipType t : command.types()) {
            Optional<RelationshipType> known = type(r, t.code());
            if (known.isPresent()
                && (!known.get().fromKinds().equals(t.fromKinds())
                    || !known.get().toKinds().equals(t.toKinds())
                    || known.get().symmetric() != t.symmetric())) {
              throw new RuleViolationException(
                  RuleCode.RELATIONSHIP_TYPE_SIDES_FIXED,
                  "type "
                      + t.code()
                      + " joins "
                      + known.get().fromKinds()
                      + " to "
                      + known.get().toKinds()
                      + (known.get().symmetric() ? ", both ways" : ", one way")
                      + "; its sides and symmetry cannot change");
            }
            r.network().saveType(t);
          }
          return types(r);
        });
  }

  @Override
  public List<RelationshipType> types() {
    return units.read(NetworkService::types);
  }

  /** The stored types over the standard ones, by code. */
  private static List<RelationshipType> types(Repositories r) {
    Map<String, RelationshipType> byCode = new TreeMap<>();
    for (RelationshipType t : RelationshipType.STANDARD) {
      byCode.put(t.code().toString(), t);
    }
    for (RelationshipType t : r.network().types()) {
      byCode.put(t.code().toString(), t);
    }
    return List.copyOf(byCode.values());
  }

  /** A stored type, else a standard one. */
  private static Optional<RelationshipType> type(Repositories r, RelationshipTypeCode code) {
    Optional<RelationshipType> stored = r.network().findType(code);
    if (stored.isPresent()) {
      return stored;
    }
    return RelationshipType.STANDARD.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  @Override
  public Relationship record(RecordRelationship command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          RelationshipType type =
              type(r, command.type())
                  .orElseThrow(
                      () ->
                          new RuleViolationException(
                              RuleCode.RELATIONSHIP_TYPE_UNKNOWN,
                              "no relationship type " + command.type()));
          requireExists(r, command.from());
          requireExists(r, command.to());
          PlanId plan = null;
          Integer area = null;
          RelationshipSource source = command.source();
          if (source instanceof RelationshipSource.Activity a) {
            Activity activity = visibleActivity(r, a);
            checkTookPart(activity, command.from());
            checkTookPart(activity, command.to());
            plan = activity.plan();
            area = activity.details().contentArea();
          } else if (source instanceof RelationshipSource.Introduction i) {
            Introduction introduction =
                r.market()
                    .findIntroduction(i.id())
                    .orElseThrow(() -> new NotFoundException("introduction", i.id().toString()));
            TechnologyProfile request = profile(r, introduction.request());
            TechnologyProfile offer = profile(r, introduction.offer());
            checkIntroduced(command.from(), request, offer, introduction);
            checkIntroduced(command.to(), request, offer, introduction);
            plan = introduction.plan();
            area = introduction.contentArea();
            if (plan != null) {
              PlanId p = plan;
              units
                  .guard()
                  .requireVisible(
                      r, p, () -> new NotFoundException("introduction", i.id().toString()));
            }
          }
          Relationship relationship =
              Relationship.record(
                  new RelationshipId(ids.nextId()),
                  type,
                  command.from(),
                  command.to(),
                  command.start(),
                  command.end(),
                  command.description(),
                  source,
                  plan,
                  area);
          requireActor(r, relationship);
          return r.network().insertRelationship(relationship);
        });
  }

  @Override
  public Relationship revise(ReviseRelationship command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          Relationship current = visible(r, command.relationship());
          requireActor(r, current);
          Services.checkVersion(
              "relationship", current.id(), current.version(), command.expectedVersion());
          return r.network()
              .updateRelationship(
                  current.revise(command.start(), command.end(), command.description()));
        });
  }

  @Override
  public Relationship get(RelationshipId id) {
    Services.required("id", id);
    return units.read(r -> visible(r, id));
  }

  @Override
  public List<Relationship> relationshipsOf(Participant participant) {
    Services.required("participant", participant);
    return units.read(r -> seen(r, r.network().relationshipsOf(participant)));
  }

  @Override
  public List<Relationship> relationshipsFrom(RelationshipSource source) {
    Services.required("source", source);
    return units.read(r -> seen(r, r.network().relationshipsFrom(source)));
  }

  @Override
  public List<Connection> connectionsOf(Participant participant, LocalDate asOf) {
    Services.required("participant", participant);
    Services.required("asOf", asOf);
    return units.read(r -> r.network().connectionsOf(participant, asOf, units.guard().viewer()));
  }

  @Override
  public Network network(Participant root, int depth, LocalDate asOf, int limit) {
    Services.required("root", root);
    Services.required("asOf", asOf);
    range("depth", depth, 1, 2);
    range("limit", limit, 1, MAX_NETWORK);
    return units.read(r -> r.network().network(root, depth, asOf, limit, units.guard().viewer()));
  }

  @Override
  public List<Connection> connectionsMade(ConnectionQuery query) {
    Services.required("query", query);
    return units.read(
        r -> {
          requireVisiblePlan(r, query.plan());
          return r.network().connectionsMade(query, units.guard().viewer());
        });
  }

  @Override
  public List<Connection> goneCold(Participant participant, LocalDate asOf, int months) {
    Services.required("participant", participant);
    Services.required("asOf", asOf);
    range("months", months, 1, MAX_MONTHS);
    LocalDate cutoff = asOf.minusMonths(months);
    return units.read(r -> r.network().goneCold(participant, asOf, cutoff, units.guard().viewer()));
  }

  @Override
  public List<Degree> mostConnected(
      @Nullable PlanId plan, LocalDate from, LocalDate to, int limit) {
    Services.required("from", from);
    Services.required("to", to);
    if (to.isBefore(from)) {
      throw InvalidInputException.of(
          "to", Violation.END_BEFORE_START, "the period ends " + to + ", before it begins " + from);
    }
    range("limit", limit, 1, MAX_RANKED);
    return units.read(
        r -> {
          if (plan != null) {
            requireVisiblePlan(r, plan);
          }
          return r.network().mostConnected(plan, from, to, limit, units.guard().viewer());
        });
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static void range(String path, int value, int min, int max) {
    if (value < min || value > max) {
      throw InvalidInputException.of(
          path, Violation.OUT_OF_RANGE, min + " to " + max + ", was " + value);
    }
  }

  private void requireVisiblePlan(Repositories r, PlanId plan) {
    Services.plan(r, plan);
    units.guard().requireVisible(r, plan, () -> new NotFoundException("plan", plan.toString()));
  }

  private static void requireExists(Repositories r, Participant p) {
    if (p instanceof Participant.Person person) {
      Services.person(r, person.id());
    } else if (p instanceof Participant.Organisation organisation) {
      Services.organisation(r, organisation.id());
    }
  }

  private Activity visibleActivity(Repositories r, RelationshipSource.Activity source) {
    Activity activity = Services.activity(r, source.id());
    units
        .guard()
        .requireVisible(
            r, activity.plan(), () -> new NotFoundException("activity", source.id().toString()));
    return activity;
  }

  /** A side took part in an activity: a participation, or host or attendee of one of its stops. */
  private static void checkTookPart(Activity activity, Participant side) {
    for (Participation p : activity.participations()) {
      if (p.participant().equals(side)) {
        return;
      }
    }
    for (Stop s : activity.itinerary()) {
      if (Participant.of(s.host()).equals(side)) {
        return;
      }
      for (var attendee : s.attendees()) {
        if (Participant.of(attendee).equals(side)) {
          return;
        }
      }
    }
    throw new RuleViolationException(
        RuleCode.RELATIONSHIP_SOURCE_UNRELATED,
        side + " took no part in activity " + activity.id());
  }

  private static TechnologyProfile profile(Repositories r, ProfileId id) {
    return r.market()
        .findProfile(id)
        .orElseThrow(() -> new NotFoundException("profile", id.toString()));
  }

  /** A side is the owner or the contact of one of the introduction's two profiles. */
  private static void checkIntroduced(
      Participant side,
      TechnologyProfile request,
      TechnologyProfile offer,
      Introduction introduction) {
    for (TechnologyProfile p : List.of(request, offer)) {
      if (side.equals(Participant.of(p.owner())) || side.equals(Participant.of(p.contact()))) {
        return;
      }
    }
    throw new RuleViolationException(
        RuleCode.RELATIONSHIP_SOURCE_UNRELATED,
        side
            + " owns neither profile of introduction "
            + introduction.id()
            + " nor is the contact of one");
  }

  private Relationship visible(Repositories r, RelationshipId id) {
    Relationship found =
        r.network()
            .findRelationship(id)
            .orElseThrow(() -> new NotFoundException("relationship", id.toString()));
    if (!sees(r, found)) {
      throw new NotFoundException("relationship", id.toString());
    }
    return found;
  }

  private boolean sees(Repositories r, Relationship relationship) {
    PlanId plan = relationship.plan();
    return plan == null || units.guard().sees(r, plan);
  }

  private List<Relationship> seen(Repositories r, List<Relationship> all) {
    if (units.guard().unlimited()) {
      return all;
    }
    List<Relationship> seen = new ArrayList<>(all.size());
    for (Relationship x : all) {
      if (sees(r, x)) {
        seen.add(x);
      }
    }
    return List.copyOf(seen);
  }

  /**
   * Requires that the actor may act on a relationship: a system actor; a side (the person, or staff
   * of the organisation); or, for a relationship of a plan, one who may edit the plan's activities
   * in its content area.
   */
  private void requireActor(Repositories r, Relationship relationship) {
    Set<Principal> principals = units.guard().principals(r);
    if (principals == null
        || principals.contains(principal(relationship.from()))
        || principals.contains(principal(relationship.to()))) {
      return;
    }
    PlanId plan = relationship.plan();
    if (plan != null) {
      units
          .guard()
          .require(
              r,
              plan,
              Permission.EDIT_ACTIVITIES,
              relationship.contentArea(),
              () -> new NotFoundException("plan", plan.toString()));
      return;
    }
    throw new AccessDeniedException(
        units.actor().toString(),
        Permission.EDIT_ACTIVITIES.name(),
        "relationship between " + relationship.from() + " and " + relationship.to());
  }

  private static Principal principal(Participant p) {
    return p instanceof Participant.Person person
        ? Principal.person(person.id())
        : Principal.staffOf(((Participant.Organisation) p).id());
  }
}
