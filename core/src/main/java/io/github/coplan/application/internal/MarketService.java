package io.github.coplan.application.internal;

import io.github.coplan.application.AdvanceIntroduction;
import io.github.coplan.application.ChangeProfileStatus;
import io.github.coplan.application.DraftProfile;
import io.github.coplan.application.Introduce;
import io.github.coplan.application.LoadTaxonomy;
import io.github.coplan.application.MarketUseCases;
import io.github.coplan.application.ReviseProfile;
import io.github.coplan.domain.access.Permission;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.CategoryLineage;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.MarketCounts;
import io.github.coplan.domain.market.Matches;
import io.github.coplan.domain.market.Matching;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.ProfileStatus;
import io.github.coplan.domain.market.Side;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.port.storage.CandidateQuery;
import io.github.coplan.port.storage.Repositories;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Carries out {@link MarketUseCases}. Thread-safe. */
final class MarketService implements MarketUseCases {

  /** The name of the permission only a system actor holds: loading the taxonomy. */
  static final String LOAD_TAXONOMY = "LOAD_TAXONOMY";

  private final Units units;
  private final IdSource ids;
  private final Clock clock;

  MarketService(Units units, IdSource ids, Clock clock) {
    this.units = units;
    this.ids = ids;
    this.clock = clock;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  public List<Category> loadTaxonomy(LoadTaxonomy command) {
    Services.required("command", command);
    if (!units.guard().unlimited()) {
      throw new AccessDeniedException(units.actor().toString(), LOAD_TAXONOMY, "the taxonomy");
    }
    return units.write(
        command,
        r -> {
          Set<CategoryCode> codes = new LinkedHashSet<>();
          for (Category c : command.categories()) {
            codes.add(c.code());
            if (c.parent() != null) {
              codes.add(c.parent());
            }
          }
          Map<CategoryCode, CategoryLineage> known = new HashMap<>(r.market().lineages(codes));
          for (Category c : command.categories()) {
            CategoryCode parent = c.parent();
            CategoryLineage stored = known.get(c.code());
            if (stored != null && !java.util.Objects.equals(stored.parent(), parent)) {
              throw new RuleViolationException(
                  RuleCode.CATEGORY_MOVED,
                  "category " + c.code() + " has parent " + stored.parent() + ", not " + parent);
            }
            CategoryLineage parentLineage = parent == null ? null : known.get(parent);
            if (parent != null && parentLineage == null) {
              throw new RuleViolationException(
                  RuleCode.CATEGORY_PARENT_UNKNOWN,
                  "the parent " + parent + " of category " + c.code() + " is not in the taxonomy");
            }
            known.put(
                c.code(),
                new CategoryLineage(
                    c.code(), parent, parentLineage == null ? c.code() : parentLineage.root()));
            r.market().saveCategory(c);
          }
          return r.market().taxonomy();
        });
  }

  @Override
  public List<Category> taxonomy() {
    return units.read(r -> r.market().taxonomy());
  }

  @Override
  public TechnologyProfile draft(DraftProfile command) {
    Services.required("command", command);
    TechnologyProfile draft =
        TechnologyProfile.draft(
            new ProfileId(ids.nextId()),
            command.owner(),
            command.contact(),
            command.plan(),
            command.contentArea(),
            command.content());
    return units.write(
        command,
        r -> {
          Services.organisation(r, command.owner());
          Services.person(r, command.contact());
          PlanId plan = command.plan();
          if (plan != null) {
            CooperationPlan p = Services.plan(r, plan);
            units
                .guard()
                .requireVisible(r, plan, () -> new NotFoundException("plan", plan.toString()));
            Integer area = command.contentArea();
            if (area != null && p.contentArea(area).isEmpty()) {
              throw new RuleViolationException(
                  RuleCode.PLAN_CONTENT_AREA_UNKNOWN,
                  "plan " + plan + " has no content area " + area);
            }
          }
          requireActor(r, draft);
          checkCategories(r, draft.content());
          return r.market().insertProfile(draft);
        });
  }

  @Override
  public TechnologyProfile revise(ReviseProfile command) {
    Services.required("command", command);
    return change(
        command,
        command.profile(),
        command.expectedVersion(),
        r -> {
          Services.person(r, command.contact());
          checkCategories(r, command.content());
          return p -> p.revise(command.content(), command.contact());
        });
  }

  @Override
  public TechnologyProfile changeStatus(ChangeProfileStatus command) {
    Services.required("command", command);
    LocalDate today = today();
    return change(
        command,
        command.profile(),
        command.expectedVersion(),
        r ->
            p -> {
              if (command instanceof ChangeProfileStatus.Publish) {
                return p.publish(today);
              } else if (command instanceof ChangeProfileStatus.Extend e) {
                return p.extend(today, e.days());
              } else if (command instanceof ChangeProfileStatus.Confirm) {
                return p.confirm(today);
              } else if (command instanceof ChangeProfileStatus.Close) {
                return p.close(today);
              }
              return p.withdraw(today);
            });
  }

  /** Reads a profile the actor may act on, checks the version, changes it and stores it. */
  private TechnologyProfile change(
      Object command,
      ProfileId id,
      @Nullable Long expectedVersion,
      java.util.function.Function<Repositories, UnaryOperator<TechnologyProfile>> change) {
    return units.write(
        command,
        r -> {
          TechnologyProfile current = visibleProfile(r, id);
          requireActor(r, current);
          Services.checkVersion("profile", id, current.version(), expectedVersion);
          TechnologyProfile changed = change.apply(r).apply(current);
          return r.market().updateProfile(changed);
        });
  }

  @Override
  public TechnologyProfile get(ProfileId id) {
    Services.required("id", id);
    return units.read(r -> visibleProfile(r, id));
  }

  @Override
  public List<TechnologyProfile> search(ProfileQuery query) {
    Services.required("query", query);
    return units.read(
        r -> {
          List<TechnologyProfile> found = r.market().searchProfiles(query);
          if (units.guard().unlimited()) {
            return found;
          }
          List<TechnologyProfile> visible = new ArrayList<>(found.size());
          for (TechnologyProfile p : found) {
            if (p.status() != ProfileStatus.DRAFT || mayAct(units, r, p)) {
              visible.add(p);
            }
          }
          return List.copyOf(visible);
        });
  }

  @Override
  public Matches matches(ProfileId profile, LocalDate asOf, int limit) {
    Services.required("profile", profile);
    Services.required("asOf", asOf);
    if (limit < 1 || limit > MAX_MATCHES) {
      throw InvalidInputException.of(
          "limit", Violation.OUT_OF_RANGE, "1 to " + MAX_MATCHES + ", was " + limit);
    }
    return units.read(
        r -> {
          TechnologyProfile subject = visibleProfile(r, profile);
          if (!subject.isLiveOn(asOf)) {
            return Matching.rank(subject, List.of(), Map.of(), asOf, limit);
          }
          CountryCode country = Services.organisation(r, subject.owner()).profile().country();
          List<TechnologyProfile> candidates =
              r.market()
                  .candidates(
                      CandidateQuery.of(
                          subject,
                          country,
                          asOf,
                          CandidateQuery.DEFAULT_PER_KEY,
                          Math.max(100, 5 * limit)));
          Set<CategoryCode> codes = new LinkedHashSet<>(subject.content().categories());
          for (TechnologyProfile c : candidates) {
            codes.addAll(c.content().categories());
          }
          Map<CategoryCode, CategoryLineage> lineages =
              codes.isEmpty() ? Map.of() : r.market().lineages(codes);
          return Matching.rank(subject, candidates, lineages, asOf, limit);
        });
  }

  @Override
  public Introduction introduce(Introduce command) {
    Services.required("command", command);
    LocalDate today = today();
    IntroductionId id = new IntroductionId(ids.nextId());
    return units.write(
        command,
        r -> {
          TechnologyProfile request = visibleProfile(r, command.request());
          TechnologyProfile offer = visibleProfile(r, command.offer());
          if (!mayAct(units, r, request) && !mayAct(units, r, offer)) {
            throw denied("introduction of " + request.id() + " and " + offer.id());
          }
          List<String> refusals = new ArrayList<>();
          if (!request.content().kind().isRequest()) {
            refusals.add("profile " + request.id() + " is not a request");
          }
          if (offer.content().kind().isRequest()) {
            refusals.add("profile " + offer.id() + " is not an offer");
          }
          refusals.addAll(
              Matching.refusals(
                  request,
                  Services.organisation(r, request.owner()).profile().country(),
                  offer,
                  Services.organisation(r, offer.owner()).profile().country(),
                  today));
          if (!refusals.isEmpty()) {
            throw new RuleViolationException(
                RuleCode.INTRODUCTION_NOT_A_MATCH, String.join("; ", refusals));
          }
          if (r.market().findIntroductionBetween(request.id(), offer.id()).isPresent()) {
            throw new DuplicateException(
                DuplicateException.INTRODUCTION, request.id() + "→" + offer.id());
          }
          PlanId plan = request.plan() != null ? request.plan() : offer.plan();
          Integer area = request.plan() != null ? request.contentArea() : offer.contentArea();
          return r.market()
              .insertIntroduction(
                  Introduction.suggest(id, request.id(), offer.id(), plan, area, today));
        });
  }

  @Override
  public Introduction advance(AdvanceIntroduction command) {
    Services.required("command", command);
    LocalDate today = today();
    return units.write(
        command,
        r -> {
          Introduction current = visibleIntroduction(r, command.introduction());
          TechnologyProfile request = profile(r, current.request());
          TechnologyProfile offer = profile(r, current.offer());
          Services.checkVersion(
              "introduction", current.id(), current.version(), command.expectedVersion());
          Introduction changed;
          if (command instanceof AdvanceIntroduction.ExpressInterest c) {
            requireSide(r, c.side(), request, offer);
            TechnologyProfile other = c.side() == Side.REQUESTER ? offer : request;
            if (!other.content().openForInterest()) {
              throw new RuleViolationException(
                  RuleCode.INTRODUCTION_CLOSED_FOR_INTEREST,
                  "profile " + other.id() + " does not accept expressions of interest");
            }
            changed = current.expressInterest(c.side(), today);
          } else if (command instanceof AdvanceIntroduction.RecordMeeting c) {
            requireEither(r, request, offer);
            Services.activity(r, c.activity());
            changed = current.recordMeeting(c.activity(), today);
          } else if (command instanceof AdvanceIntroduction.RecordAgreement c) {
            requireEither(r, request, offer);
            changed = current.recordAgreement(c.kind(), c.document(), today);
            requireDocument(r, current, c);
          } else {
            AdvanceIntroduction.Decline c = (AdvanceIntroduction.Decline) command;
            requireSide(r, c.side(), request, offer);
            changed = current.decline(c.side(), c.reason(), today);
          }
          return r.market().updateIntroduction(changed);
        });
  }

  private static void requireDocument(
      Repositories r, Introduction current, AdvanceIntroduction.RecordAgreement c) {
    PlanId plan = current.plan();
    boolean held = false;
    if (plan != null) {
      for (PlanDocument d : Services.plan(r, plan).documents()) {
        held = held || d.link().equals(c.document());
      }
    }
    if (!held) {
      throw new RuleViolationException(
          RuleCode.INTRODUCTION_UNKNOWN_DOCUMENT,
          plan == null
              ? "introduction "
                  + current.id()
                  + " is part of no plan: its agreement has no plan"
                  + " document to name"
              : "plan " + plan + " holds no document " + c.document());
    }
  }

  @Override
  public Introduction introduction(IntroductionId id) {
    Services.required("id", id);
    return units.read(r -> visibleIntroduction(r, id));
  }

  @Override
  public List<Introduction> introductionsOf(ProfileId profile) {
    Services.required("profile", profile);
    return units.read(
        r -> {
          TechnologyProfile p = visibleProfile(r, profile);
          List<Introduction> all = r.market().introductionsOf(p.id());
          if (units.guard().unlimited()) {
            return all;
          }
          List<Introduction> visible = new ArrayList<>(all.size());
          for (Introduction i : all) {
            if (seesIntroduction(units, r, i)) {
              visible.add(i);
            }
          }
          return List.copyOf(visible);
        });
  }

  @Override
  public List<MarketCounts> counts(PlanId plan, LocalDate from, LocalDate to) {
    Services.required("plan", plan);
    Services.required("from", from);
    Services.required("to", to);
    if (to.isBefore(from)) {
      throw InvalidInputException.of(
          "to", Violation.END_BEFORE_START, "the last day " + to + " is before the first " + from);
    }
    return units.read(
        r -> {
          Services.plan(r, plan);
          units
              .guard()
              .requireVisible(r, plan, () -> new NotFoundException("plan", plan.toString()));
          return r.market().counts(plan, from, to);
        });
  }

  /** Whether the actor may see a profile's or an introduction's history. */
  static boolean historyVisible(Units units, Repositories r, AggregateRef ref) {
    return switch (ref.kind()) {
      case PROFILE ->
          r.market()
              .findProfile(new ProfileId(ref.id()))
              .map(p -> p.status() != ProfileStatus.DRAFT || mayAct(units, r, p))
              .orElse(false);
      case INTRODUCTION ->
          r.market()
              .findIntroduction(new IntroductionId(ref.id()))
              .map(i -> seesIntroduction(units, r, i))
              .orElse(false);
      default -> false;
    };
  }

  // --- reading and checking

  private static TechnologyProfile profile(Repositories r, ProfileId id) {
    return r.market()
        .findProfile(id)
        .orElseThrow(() -> new NotFoundException("profile", id.toString()));
  }

  /** A profile the actor may see: a draft looks missing to those who may not act on it. */
  private TechnologyProfile visibleProfile(Repositories r, ProfileId id) {
    TechnologyProfile p = profile(r, id);
    if (p.status() == ProfileStatus.DRAFT && !mayAct(units, r, p)) {
      throw new NotFoundException("profile", id.toString());
    }
    return p;
  }

  /** An introduction the actor may see: one they may act on a side of, or see the plan of. */
  private Introduction visibleIntroduction(Repositories r, IntroductionId id) {
    Introduction i =
        r.market()
            .findIntroduction(id)
            .orElseThrow(() -> new NotFoundException("introduction", id.toString()));
    if (!seesIntroduction(units, r, i)) {
      throw new NotFoundException("introduction", id.toString());
    }
    return i;
  }

  private static boolean seesIntroduction(Units units, Repositories r, Introduction i) {
    if (units.guard().unlimited()) {
      return true;
    }
    PlanId plan = i.plan();
    if (plan != null && units.guard().sees(r, plan)) {
      return true;
    }
    return mayAct(units, r, profile(r, i.request())) || mayAct(units, r, profile(r, i.offer()));
  }

  /**
   * Whether the actor may act on a profile: a system actor; staff of its owner; or, for a profile
   * of a plan, one who may edit the plan's activities in its content area.
   */
  private static boolean mayAct(Units units, Repositories r, TechnologyProfile p) {
    Set<Principal> principals = units.guard().principals(r);
    if (principals == null || principals.contains(Principal.staffOf(p.owner()))) {
      return true;
    }
    PlanId plan = p.plan();
    if (plan == null) {
      return false;
    }
    try {
      units
          .guard()
          .require(
              r,
              plan,
              Permission.EDIT_ACTIVITIES,
              p.contentArea(),
              () -> new NotFoundException("plan", plan.toString()));
      return true;
    } catch (NotFoundException | AccessDeniedException e) {
      return false;
    }
  }

  private void requireActor(Repositories r, TechnologyProfile p) {
    if (!mayAct(units, r, p)) {
      throw denied("profile " + p.id() + " of organisation " + p.owner());
    }
  }

  private void requireSide(
      Repositories r, Side side, TechnologyProfile request, TechnologyProfile offer) {
    TechnologyProfile own = side == Side.REQUESTER ? request : offer;
    if (!mayAct(units, r, own)) {
      throw denied("the " + side + " side, profile " + own.id());
    }
  }

  private void requireEither(Repositories r, TechnologyProfile request, TechnologyProfile offer) {
    if (!mayAct(units, r, request) && !mayAct(units, r, offer)) {
      throw denied("introduction of " + request.id() + " and " + offer.id());
    }
  }

  private AccessDeniedException denied(String where) {
    return new AccessDeniedException(
        units.actor().toString(), Permission.EDIT_ACTIVITIES.name(), where);
  }

  private static void checkCategories(Repositories r, ProfileContent content) {
    if (content.categories().isEmpty()) {
      return;
    }
    Map<CategoryCode, CategoryLineage> found = r.market().lineages(content.categories());
    for (CategoryCode code : content.categories()) {
      if (!found.containsKey(code)) {
        throw new RuleViolationException(
            RuleCode.PROFILE_UNKNOWN_CATEGORY, "category " + code + " is not in the taxonomy");
      }
    }
  }
}
