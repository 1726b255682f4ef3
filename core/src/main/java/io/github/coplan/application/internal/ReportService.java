package io.github.coplan.application.internal;

import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.ReportUseCases;
import io.github.coplan.application.TourReport;
import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Repositories;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Carries out {@link ReportUseCases}. Thread-safe. */
final class ReportService implements ReportUseCases {

  private final Units units;

  ReportService(Units units) {
    this.units = units;
  }

  @Override
  public ProgressReport progress(PlanId plan, LocalDate asOf) {
    Validation v = new Validation();
    checkDay(v, plan, asOf);
    v.throwIfAny();
    return report(query(plan, asOf), null);
  }

  @Override
  public ProgressReport progress(PlanId plan, LocalDate asOf, String language) {
    Validation v = new Validation();
    checkDay(v, plan, asOf);
    String tag = language(v, language);
    v.throwIfAny();
    return report(query(plan, asOf), tag);
  }

  @Override
  public ProgressReport progress(ProgressQuery query) {
    Services.required("query", query);
    return report(query, null);
  }

  @Override
  public ProgressReport progress(ProgressQuery query, String language) {
    Validation v = new Validation();
    v.required("query", query);
    String tag = language(v, language);
    v.throwIfAny();
    return report(query, tag);
  }

  /** Records in {@code v} what is wrong with a plan and report day. */
  private static void checkDay(Validation v, @Nullable PlanId plan, @Nullable LocalDate asOf) {
    v.required("plan", plan);
    v.required("asOf", asOf);
    // The day is checked here, before the window is derived from it, so that a bad day is the one
    // violation reported: the caller gave no window that could be wrong.
    v.require(
        asOf == null || (asOf.getYear() >= 1 && asOf.getYear() <= 9999),
        "asOf",
        Violation.OUT_OF_RANGE,
        "year must be between 1 and 9999");
  }

  /** The query of a checked report day, with the default window. */
  private static ProgressQuery query(PlanId plan, LocalDate asOf) {
    LocalDate until = asOf.plusDays(DEFAULT_UPCOMING_DAYS);
    if (until.isAfter(DateSpan.OPEN_END)) {
      until = DateSpan.OPEN_END;
    }
    return new ProgressQuery(plan, asOf, until);
  }

  /** The canonical form of a language tag, its violation recorded in {@code v}. */
  private static @Nullable String language(Validation v, @Nullable String language) {
    return v.check("", () -> LocalizedText.languageTag(language));
  }

  private ProgressReport report(ProgressQuery query, @Nullable String language) {
    return units.read(
        r -> {
          CooperationPlan plan = Services.plan(r, query.plan());
          units
              .guard()
              .requireVisible(
                  r,
                  plan.id(),
                  () ->
                      new io.github.coplan.domain.error.NotFoundException(
                          "plan", plan.id().toString()));
          PlanProgress progress = r.activities().progress(query);
          return new ProgressReport(plan, progress, language, ResultService.lines(r, plan.id()));
        });
  }

  @Override
  public TourReport tour(ActivityId activity) {
    Services.required("activity", activity);
    return tourReport(activity, null);
  }

  @Override
  public TourReport tour(ActivityId activity, String language) {
    Validation v = new Validation();
    v.required("activity", activity);
    String tag = language(v, language);
    v.throwIfAny();
    return tourReport(activity, tag);
  }

  private TourReport tourReport(ActivityId id, @Nullable String language) {
    return units.read(
        r -> {
          Viewer viewer = units.guard().viewer();
          Activity a =
              viewer == null
                  ? Services.activity(r, id)
                  : r.activities()
                      .findVisible(id, viewer)
                      .orElseThrow(() -> new NotFoundException("activity", id.toString()));
          Map<OrganisationId, String> organisations = new HashMap<>();
          Map<PersonId, String> people = new HashMap<>();
          List<TourReport.Member> members = new ArrayList<>();
          for (Participation p : a.participations()) {
            if (p.role().isDelegation() && p.participant() instanceof Participant.Person person) {
              AffiliationSnapshot from = p.affiliation();
              members.add(
                  new TourReport.Member(
                      person.id(),
                      personName(r, people, person.id()),
                      p.role(),
                      p.status(),
                      from == null
                          ? null
                          : organisationName(r, organisations, from.organisation(), language)));
            }
          }
          List<TourReport.Day> days = new ArrayList<>();
          PartialDate day = null;
          List<TourReport.StopLine> lines = new ArrayList<>();
          int number = 0;
          for (Stop s : a.itinerary()) {
            number++;
            PartialDate first = s.time().firstDay();
            if (day != null && !day.equals(first)) {
              days.add(new TourReport.Day(day, lines));
              lines = new ArrayList<>();
            }
            day = first;
            List<String> attendees = new ArrayList<>();
            for (PersonId who : s.attendees()) {
              attendees.add(personName(r, people, who));
            }
            lines.add(
                new TourReport.StopLine(
                    number, s, organisationName(r, organisations, s.host(), language), attendees));
          }
          if (day != null) {
            days.add(new TourReport.Day(day, lines));
          }
          String title =
              language == null
                  ? a.details().title().original()
                  : a.details().title().best(language);
          List<TourReport.Produced> produced = new ArrayList<>();
          for (Relationship x : r.network().relationshipsFrom(RelationshipSource.of(a.id()))) {
            produced.add(
                new TourReport.Produced(
                    x,
                    name(r, people, organisations, x.from(), language),
                    text(label(r, x), language),
                    name(r, people, organisations, x.to(), language)));
          }
          return new TourReport(a, title, members, days, produced, language);
        });
  }

  /** The label of a relationship's type, read from its first side: a stored type, else standard. */
  private static LocalizedText label(Repositories r, Relationship x) {
    Optional<RelationshipType> type = r.network().findType(x.type());
    if (type.isEmpty()) {
      type = RelationshipType.STANDARD.stream().filter(t -> t.code().equals(x.type())).findFirst();
    }
    return type.map(RelationshipType::label)
        .orElseGet(() -> LocalizedText.of("en", Map.of("en", x.type().toString())));
  }

  private static String text(LocalizedText text, @Nullable String language) {
    return language == null ? text.original() : text.best(language);
  }

  private static String name(
      Repositories r,
      Map<PersonId, String> people,
      Map<OrganisationId, String> organisations,
      Participant p,
      @Nullable String language) {
    return p instanceof Participant.Person person
        ? personName(r, people, person.id())
        : organisationName(r, organisations, ((Participant.Organisation) p).id(), language);
  }

  private static String personName(Repositories r, Map<PersonId, String> names, PersonId id) {
    return names.computeIfAbsent(id, k -> Services.person(r, k).profile().name());
  }

  private static String organisationName(
      Repositories r,
      Map<OrganisationId, String> names,
      OrganisationId id,
      @Nullable String language) {
    return names.computeIfAbsent(
        id,
        k -> {
          LocalizedText name = Services.organisation(r, k).profile().name();
          return language == null ? name.original() : name.best(language);
        });
  }
}
