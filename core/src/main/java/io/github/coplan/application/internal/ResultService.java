package io.github.coplan.application.internal;

import io.github.coplan.application.AddPeriod;
import io.github.coplan.application.DefineIndicator;
import io.github.coplan.application.DefineResult;
import io.github.coplan.application.ReportObservation;
import io.github.coplan.application.ResultUseCases;
import io.github.coplan.application.ReviewObservation;
import io.github.coplan.application.SetTarget;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Permission;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Actual;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.IndicatorProgress;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Progress;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.port.storage.Repositories;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Carries out {@link ResultUseCases}. Thread-safe. */
final class ResultService implements ResultUseCases {

  private final Units units;
  private final IdSource ids;
  private final Clock clock;

  ResultService(Units units, IdSource ids, Clock clock) {
    this.units = units;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Result define(DefineResult command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          CooperationPlan plan = Services.plan(r, command.plan());
          Integer area = command.contentArea();
          units
              .guard()
              .require(
                  r,
                  plan.id(),
                  Permission.EDIT_PLAN,
                  area,
                  () -> new NotFoundException("plan", plan.id().toString()));
          if (area != null && plan.contentArea(area).isEmpty()) {
            throw new RuleViolationException(
                RuleCode.PLAN_CONTENT_AREA_UNKNOWN,
                "plan " + plan.id() + " has no content area " + area);
          }
          Result result =
              Result.of(
                      new ResultId(ids.nextId()), plan.id(), area, command.type(), command.title())
                  .withDescription(command.description());
          return r.results().insertResult(result);
        });
  }

  @Override
  public Result defineIndicator(DefineIndicator command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          Result result = editable(r, command.result());
          Indicator indicator =
              new Indicator(
                  new IndicatorId(ids.nextId()),
                  command.title(),
                  command.measure(),
                  command.unit(),
                  command.ascending(),
                  command.aggregation() == null
                      ? command.measure().defaultAggregation()
                      : command.aggregation(),
                  command.baseline(),
                  command.dimensions(),
                  List.of(),
                  command.rule());
          return r.results().updateResult(result.withIndicator(indicator));
        });
  }

  @Override
  public Result addPeriod(AddPeriod command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          Result result = resultOf(r, command.indicator());
          require(r, result, Permission.EDIT_PLAN);
          Indicator indicator = result.indicator(command.indicator());
          Period period =
              new Period(
                  new PeriodId(ids.nextId()), command.start(), command.end(), command.target());
          return r.results().updateResult(result.withIndicator(indicator.withPeriod(period)));
        });
  }

  @Override
  public Result setTarget(SetTarget command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          Result result = resultOf(r, command.indicator());
          require(r, result, Permission.EDIT_PLAN);
          Indicator changed =
              result.indicator(command.indicator()).withTarget(command.period(), command.target());
          return r.results().updateResult(result.withIndicator(changed));
        });
  }

  @Override
  public Observation report(ReportObservation command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          Result result = resultOf(r, command.indicator());
          require(r, result, Permission.RECORD_OUTCOMES);
          Observation observation =
              Observation.draft(
                  new ObservationId(ids.nextId()),
                  result.indicator(command.indicator()),
                  command.period(),
                  command.value(),
                  command.observedOn(),
                  units.actor(),
                  command.dimensions(),
                  clock.instant());
          return r.results().insertObservation(observation);
        });
  }

  @Override
  public Observation review(ReviewObservation command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          Observation current = observation(r, command.observation());
          Result result = resultOf(r, current.indicator());
          Services.checkVersion(
              "observation", current.id(), current.version(), command.expectedVersion());
          Observation next;
          if (command instanceof ReviewObservation.Submit) {
            requireSubmitter(r, result, current);
            next = current.submit();
          } else {
            require(r, result, Permission.EDIT_ACTIVITIES);
            if (command instanceof ReviewObservation.Approve) {
              next = current.approve();
            } else if (command instanceof ReviewObservation.Unapprove) {
              next = current.unapprove();
            } else {
              next = current.returnWith(((ReviewObservation.Return) command).note());
            }
          }
          return r.results().updateObservation(next);
        });
  }

  @Override
  public Result get(ResultId id) {
    Services.required("id", id);
    return units.read(r -> visible(r, id));
  }

  @Override
  public List<Result> resultsOf(PlanId plan) {
    Services.required("plan", plan);
    return units.read(
        r -> {
          requireVisiblePlan(r, plan);
          return r.results().resultsOf(plan);
        });
  }

  @Override
  public List<Observation> observationsOf(IndicatorId indicator) {
    Services.required("indicator", indicator);
    return units.read(
        r -> {
          resultOf(r, indicator);
          return r.results().observationsOf(indicator);
        });
  }

  @Override
  public Actual actual(IndicatorId indicator, PeriodId period, Map<String, String> breakdown) {
    Services.required("indicator", indicator);
    Services.required("period", period);
    Services.required("breakdown", breakdown);
    return units.read(
        r -> {
          Result result = resultOf(r, indicator);
          Indicator i = result.indicator(indicator);
          Rule rule = i.rule();
          if (rule == null) {
            return Actual.of(i, period, r.results().observationsOf(indicator), breakdown);
          }
          if (!breakdown.isEmpty()) {
            throw InvalidInputException.of(
                "breakdown",
                Violation.OUT_OF_RANGE,
                "indicator " + indicator + " is derived: it has no breakdowns");
          }
          return derived(r, result.plan(), i, i.period(period));
        });
  }

  @Override
  public Progress progress(IndicatorId indicator, PeriodId period) {
    Services.required("indicator", indicator);
    Services.required("period", period);
    return units.read(
        r -> {
          Result result = resultOf(r, indicator);
          Indicator i = result.indicator(indicator);
          if (i.rule() == null) {
            return Progress.of(i, period, r.results().observationsOf(indicator));
          }
          Period p = i.period(period);
          return Progress.of(i, p, derived(r, result.plan(), i, p));
        });
  }

  @Override
  public List<IndicatorProgress> progressOf(PlanId plan) {
    Services.required("plan", plan);
    return units.read(
        r -> {
          requireVisiblePlan(r, plan);
          return lines(r, plan);
        });
  }

  @Override
  public List<Evidence> evidence(IndicatorId indicator, PeriodId period) {
    Services.required("indicator", indicator);
    Services.required("period", period);
    return units.read(
        r -> {
          Result result = resultOf(r, indicator);
          Indicator i = result.indicator(indicator);
          Period p = i.period(period);
          Rule rule = i.rule();
          if (rule == null) {
            throw new RuleViolationException(
                RuleCode.INDICATOR_NOT_DERIVED,
                "indicator " + indicator + " has no rule: its actuals come from its observations");
          }
          return r.results().evidence(result.plan(), rule, p.firstDay(), p.lastDay());
        });
  }

  /** A period's count; a store that left the period out breaks its contract. */
  private static long count(Map<PeriodId, Long> counts, Period period) {
    Long count = counts.get(period.id());
    if (count == null) {
      throw new StorageException("the store did not count period " + period.id(), null);
    }
    return count;
  }

  /** The actual of a derived indicator's period, counted in the store. */
  private static Actual derived(Repositories r, PlanId plan, Indicator indicator, Period period) {
    Rule rule = Validation.notNull("rule", indicator.rule());
    return Actual.derived(rule, count(r.results().derive(plan, rule, List.of(period)), period));
  }

  /**
   * The progress lines of a plan's results: observed indicators from the plan's observations, read
   * at once; derived ones by their rules, one count in the store per indicator for all its periods.
   */
  static List<IndicatorProgress> lines(Repositories r, PlanId plan) {
    List<Result> results = r.results().resultsOf(plan);
    List<Indicator> derived = new ArrayList<>();
    boolean observed = false;
    for (Result result : results) {
      for (Indicator indicator : result.indicators()) {
        if (indicator.rule() == null) {
          observed = true;
        } else if (!indicator.periods().isEmpty()) {
          derived.add(indicator);
        }
      }
    }
    Map<IndicatorId, Map<PeriodId, Long>> counts =
        derived.isEmpty() ? Map.of() : r.results().deriveAll(plan, derived);
    return lines(results, observed ? r.results().observationsOfPlan(plan) : List.of(), counts);
  }

  /** The progress lines of results, from the observations of their plan and derived counts. */
  static List<IndicatorProgress> lines(
      List<Result> results,
      List<Observation> observations,
      Map<IndicatorId, Map<PeriodId, Long>> counts) {
    Map<IndicatorId, List<Observation>> byIndicator = new java.util.HashMap<>();
    for (Observation o : observations) {
      byIndicator.computeIfAbsent(o.indicator(), k -> new ArrayList<>()).add(o);
    }
    List<IndicatorProgress> lines = new ArrayList<>();
    for (Result result : results) {
      for (Indicator indicator : result.indicators()) {
        List<Observation> mine = byIndicator.getOrDefault(indicator.id(), List.of());
        Rule rule = indicator.rule();
        Map<PeriodId, Long> derived = counts.getOrDefault(indicator.id(), Map.of());
        for (Period period : indicator.periods()) {
          Actual actual =
              rule == null
                  ? Actual.of(indicator, period.id(), mine)
                  : Actual.derived(rule, count(derived, period));
          lines.add(
              new IndicatorProgress(
                  result.id(),
                  result.contentArea(),
                  indicator,
                  period,
                  Progress.of(indicator, period, actual)));
        }
      }
    }
    return List.copyOf(lines);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private void requireVisiblePlan(Repositories r, PlanId plan) {
    Services.plan(r, plan);
    units.guard().requireVisible(r, plan, () -> new NotFoundException("plan", plan.toString()));
  }

  /** A result the actor may see. */
  private Result visible(Repositories r, ResultId id) {
    Result found =
        r.results()
            .findResult(id)
            .orElseThrow(() -> new NotFoundException("result", id.toString()));
    if (!units.guard().sees(r, found.plan())) {
      throw new NotFoundException("result", id.toString());
    }
    return found;
  }

  /** The result of an indicator the actor may see. */
  private Result resultOf(Repositories r, IndicatorId indicator) {
    Result found =
        r.results()
            .findResultOf(indicator)
            .orElseThrow(() -> new NotFoundException("indicator", indicator.toString()));
    if (!units.guard().sees(r, found.plan())) {
      throw new NotFoundException("indicator", indicator.toString());
    }
    return found;
  }

  /** A result the actor may see and define. */
  private Result editable(Repositories r, ResultId id) {
    Result result = visible(r, id);
    require(r, result, Permission.EDIT_PLAN);
    return result;
  }

  /** An observation of a result the actor may see. */
  private Observation observation(Repositories r, ObservationId id) {
    Observation found =
        r.results()
            .findObservation(id)
            .orElseThrow(() -> new NotFoundException("observation", id.toString()));
    Result result = r.results().findResultOf(found.indicator()).orElse(null);
    if (result == null || !units.guard().sees(r, result.plan())) {
      throw new NotFoundException("observation", id.toString());
    }
    return found;
  }

  private void require(Repositories r, Result result, Permission permission) {
    units
        .guard()
        .require(
            r,
            result.plan(),
            permission,
            result.contentArea(),
            () -> new NotFoundException("result", result.id().toString()));
  }

  /** The reporter submits their own observation; others need to be able to record outcomes. */
  private void requireSubmitter(Repositories r, Result result, Observation observation) {
    Actor actor = units.actor();
    if (actor.equals(observation.reporter())) {
      return;
    }
    try {
      require(r, result, Permission.RECORD_OUTCOMES);
    } catch (AccessDeniedException e) {
      throw new AccessDeniedException(
          actor.toString(), Permission.RECORD_OUTCOMES.name(), "observation " + observation.id());
    }
  }
}
