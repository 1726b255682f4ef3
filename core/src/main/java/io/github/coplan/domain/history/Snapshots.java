package io.github.coplan.domain.history;

import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.activity.StopStatus;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Json;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.result.Baseline;
import io.github.coplan.domain.result.Dimension;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The fields of each aggregate in their canonical text forms, as the history records them. A field
 * without a value is absent from a snapshot.
 *
 * <p>Scalars keep the text forms of their types: ids and UUIDs as their lower-case text,
 * enumeration constants by name, days as ISO dates, {@link
 * io.github.coplan.domain.shared.PartialDate} and {@link io.github.coplan.domain.shared.DateSpan}
 * as they print ({@code 2018-Q4}, {@code 2019-03/2019-04}), booleans as {@code true}/{@code false},
 * numbers in ASCII digits. Composite values are compact JSON with members in a fixed order and no
 * spaces:
 *
 * <ul>
 *   <li>localized text: {@code {"original":"vi","texts":{"en":"…","vi":"…"}}}, texts by tag;
 *   <li>lists keep their order; sets are written sorted.
 * </ul>
 *
 * <table>
 *   <caption>The fields of each aggregate</caption>
 *   <tr><th>Aggregate</th><th>Fields</th></tr>
 *   <tr><td>organisation</td><td>{@code name acronym alternativeNames type country parent
 *       identifiers website}</td></tr>
 *   <tr><td>person</td><td>{@code name country expertise contact consentToPublish affiliations};
 *       the personal ones, which {@code forget} erases, are {@link #PERSONAL_FIELDS}</td></tr>
 *   <tr><td>plan</td><td>{@code code title summary period status statusReason parties
 *       contentAreas documents}</td></tr>
 *   <tr><td>plan access</td><td>{@code visibility grants}</td></tr>
 *   <tr><td>activity</td><td>{@code plan parent contentArea type title description planned
 *       location leadParty status actualStart actualEnd statusReason participations itinerary}; the
 *       itinerary ({@link #itinerary(List)}) only when it has a stop</td></tr>
 * </table>
 *
 * <p>{@link #plan} and {@link #activity} are the inverse of {@link #of(CooperationPlan)} and {@link
 * #of(Activity)}: they rebuild the aggregate from its fields, so that {@code Snapshots.plan(p.id(),
 * p.version(), Snapshots.of(p))} equals {@code p}. Thread-safe: every method is a pure function.
 */
public final class Snapshots {

  /**
   * The fields of a person that hold personal data: {@code name}, {@code contact}, {@code
   * expertise}.
   */
  public static final Set<String> PERSONAL_FIELDS = Set.of("name", "contact", "expertise");

  private Snapshots() {}

  /**
   * The fields of an organisation.
   *
   * @param organisation the organisation
   * @return its fields, by name
   */
  public static SortedMap<String, String> of(Organisation organisation) {
    OrganisationProfile p = organisation.profile();
    SortedMap<String, String> f = new TreeMap<>();
    f.put("name", text(p.name()));
    put(f, "acronym", p.acronym());
    f.put("alternativeNames", Json.writer().strings(p.alternativeNames()).text());
    f.put("type", p.type().name());
    f.put("country", p.country().code());
    put(f, "parent", p.parent());
    TreeSet<String> identifiers = new TreeSet<>();
    for (ExternalIdentifier id : p.identifiers()) {
      identifiers.add(id.toString());
    }
    f.put("identifiers", Json.writer().strings(identifiers).text());
    put(f, "website", p.website());
    return Collections.unmodifiableSortedMap(f);
  }

  /**
   * The fields of a person.
   *
   * @param person the person
   * @return their fields, by name
   */
  public static SortedMap<String, String> of(Person person) {
    PersonProfile p = person.profile();
    SortedMap<String, String> f = new TreeMap<>();
    f.put("name", p.name());
    f.put("country", p.country().code());
    f.put("expertise", Json.writer().strings(p.expertise()).text());
    put(f, "contact", p.contact());
    f.put("consentToPublish", Boolean.toString(p.consentToPublish()));
    Json a = Json.writer().beginArray();
    for (Affiliation x : person.affiliations()) {
      a.begin()
          .member("organisation", x.organisation())
          .member("position", x.position())
          .member("from", x.from())
          .member("to", x.to())
          .end();
    }
    f.put("affiliations", a.endArray().text());
    return Collections.unmodifiableSortedMap(f);
  }

  /**
   * The fields of a plan.
   *
   * @param plan the plan
   * @return its fields, by name
   */
  public static SortedMap<String, String> of(CooperationPlan plan) {
    SortedMap<String, String> f = new TreeMap<>();
    f.put("code", plan.code().toString());
    f.put("title", text(plan.title()));
    LocalizedText summary = plan.summary();
    if (summary != null) {
      f.put("summary", text(summary));
    }
    put(f, "period", plan.period());
    f.put("status", plan.status().name());
    put(f, "statusReason", plan.statusReason());
    Json parties = Json.writer().beginArray();
    for (Party party : plan.parties()) {
      TreeSet<String> roles = new TreeSet<>();
      for (PartyRole role : party.roles()) {
        roles.add(role.name());
      }
      parties
          .begin()
          .member("organisation", party.organisation())
          .name("roles")
          .strings(roles)
          .member("signedOn", party.signedOn())
          .end();
    }
    f.put("parties", parties.endArray().text());
    Json areas = Json.writer().beginArray();
    for (ContentArea area : plan.contentAreas()) {
      areas.begin().name("number").value(area.number()).name("title");
      localized(areas, area.title());
      areas.end();
    }
    f.put("contentAreas", areas.endArray().text());
    Json documents = Json.writer().beginArray();
    for (PlanDocument d : plan.documents()) {
      documents.begin().member("type", d.type().name()).name("title");
      localized(documents, d.title());
      documents.member("link", d.link()).member("date", d.date()).end();
    }
    f.put("documents", documents.endArray().text());
    return Collections.unmodifiableSortedMap(f);
  }

  /**
   * The fields of an activity.
   *
   * @param activity the activity
   * @return its fields, by name
   */
  public static SortedMap<String, String> of(Activity activity) {
    ActivityDetails d = activity.details();
    SortedMap<String, String> f = new TreeMap<>();
    f.put("plan", activity.plan().toString());
    put(f, "parent", activity.parent());
    f.put("contentArea", Integer.toString(d.contentArea()));
    f.put("type", d.type().name());
    f.put("title", text(d.title()));
    LocalizedText description = d.description();
    if (description != null) {
      f.put("description", text(description));
    }
    f.put("planned", d.planned().toString());
    Location location = d.location();
    if (location != null) {
      f.put(
          "location",
          Json.writer()
              .begin()
              .member("country", location.country() == null ? null : location.country().code())
              .member("city", location.city())
              .member("venue", location.venue())
              .name("online")
              .value(location.online())
              .end()
              .text());
    }
    put(f, "leadParty", d.leadParty());
    f.put("status", activity.status().name());
    put(f, "actualStart", activity.actualStart());
    put(f, "actualEnd", activity.actualEnd());
    put(f, "statusReason", activity.statusReason());
    Json participations = Json.writer().beginArray();
    for (Participation p : activity.participations()) {
      participations
          .begin()
          .member("participant", participant(p.participant()))
          .member("role", p.role().name())
          .member("status", p.status().name());
      if (p.affiliation() != null) {
        participations
            .name("affiliation")
            .begin()
            .member("organisation", p.affiliation().organisation())
            .member("position", p.affiliation().position())
            .end();
      }
      participations.end();
    }
    f.put("participations", participations.endArray().text());
    if (!activity.itinerary().isEmpty()) {
      f.put("itinerary", itinerary(activity.itinerary()));
    }
    return Collections.unmodifiableSortedMap(f);
  }

  /**
   * The text form of an itinerary, as the field {@code itinerary} of an activity's snapshot holds
   * it: a JSON array of its stops in order, each {@code {"id":…,"city":…,"country":"IL",
   * "zone":"Asia/Jerusalem","venue":…,"host":…,"purpose":…,"planned":"2018-11-12","actual":…,
   * "attendees":[…],"status":"PLANNED","note":…}}, times in {@link StopTime}'s text form and
   * missing values {@code null}. Storage adapters may store an itinerary in this form.
   *
   * @param stops the stops
   * @return the text
   * @since 0.4.0
   */
  public static String itinerary(List<Stop> stops) {
    Json json = Json.writer().beginArray();
    for (Stop s : stops) {
      json.begin()
          .member("id", s.id())
          .member("city", s.place().city())
          .member("country", s.place().country().code())
          .member("zone", s.place().zone().getId())
          .member("venue", s.place().venue())
          .member("host", s.host())
          .member("purpose", s.purpose())
          .member("planned", s.planned())
          .member("actual", s.actual())
          .name("attendees")
          .strings(s.attendees())
          .member("status", s.status().name())
          .member("note", s.note())
          .end();
    }
    return json.endArray().text();
  }

  /**
   * Reads the text form of an itinerary, as {@link #itinerary(List)} writes it.
   *
   * @param text the text
   * @return the stops, in order
   * @throws InvalidInputException ({@code malformed} at path {@code itinerary}, or the violation of
   *     the value a stop refuses) if the text is not an itinerary
   * @since 0.4.0
   */
  public static List<Stop> itinerary(@Nullable String text) {
    if (text == null) {
      throw InvalidInputException.of("itinerary", Violation.REQUIRED, "a value is required");
    }
    List<?> stops;
    try {
      stops = array(Json.parse(text));
    } catch (InvalidInputException e) {
      throw e.under("itinerary");
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "itinerary", Violation.MALFORMED, "not an itinerary: " + e.getMessage());
    }
    List<Stop> out = new ArrayList<>(stops.size());
    for (int i = 0; i < stops.size(); i++) {
      String path = "itinerary[" + i + "]";
      try {
        out.add(stop(object(stops.get(i))));
      } catch (InvalidInputException e) {
        throw e.under(path);
      } catch (IllegalArgumentException | DateTimeException e) {
        throw InvalidInputException.of(
            path, Violation.MALFORMED, "not a stop of an itinerary: " + e.getMessage());
      }
    }
    return out;
  }

  private static Stop stop(Map<String, @Nullable Object> m) {
    String actual = optionalString(m.get("actual"));
    String venue = optionalString(m.get("venue"));
    List<PersonId> attendees = new ArrayList<>();
    for (Object o : array(m.get("attendees"))) {
      attendees.add(PersonId.of(string(o)));
    }
    Place place =
        new Place(
            string(m.get("city")),
            CountryCode.of(string(m.get("country"))),
            ZoneId.of(string(m.get("zone"))),
            venue);
    return new Stop(
        StopId.of(string(m.get("id"))),
        place,
        OrganisationId.of(string(m.get("host"))),
        string(m.get("purpose")),
        StopTime.parse(string(m.get("planned"))),
        actual == null ? null : StopTime.parse(actual),
        attendees,
        constant(StopStatus.class, string(m.get("status"))),
        optionalString(m.get("note")));
  }

  /**
   * The fields of a plan's access: {@code visibility}, and {@code grants} as a JSON array of {@code
   * {"principal":"staff:…","role":"COORDINATOR","areas":[1,2]}} in grant order.
   *
   * @param access the access
   * @return its fields, by name
   */
  public static SortedMap<String, String> of(PlanAccess access) {
    SortedMap<String, String> f = new TreeMap<>();
    f.put("visibility", access.visibility().name());
    Json grants = Json.writer().beginArray();
    for (Grant g : access.grants()) {
      grants
          .begin()
          .member("principal", g.principal())
          .member("role", g.role().name())
          .name("areas");
      grants.beginArray();
      for (int area : g.areas()) {
        grants.value(area);
      }
      grants.endArray().end();
    }
    f.put("grants", grants.endArray().text());
    return Collections.unmodifiableSortedMap(f);
  }

  /**
   * The fields of a technology profile.
   *
   * @param profile the profile
   * @return its fields, by name
   * @since 0.3.0
   */
  public static SortedMap<String, String> of(TechnologyProfile profile) {
    ProfileContent c = profile.content();
    SortedMap<String, String> f = new TreeMap<>();
    f.put("owner", profile.owner().toString());
    f.put("contact", profile.contact().toString());
    put(f, "plan", profile.plan());
    put(f, "contentArea", profile.contentArea());
    f.put("kind", c.kind().name());
    f.put("title", text(c.title()));
    f.put("summary", text(c.summary()));
    f.put("description", text(c.description()));
    if (c.advantages() != null) {
      f.put("advantages", text(c.advantages()));
    }
    if (c.sought() != null) {
      f.put("sought", text(c.sought()));
    }
    f.put(
        "categories",
        Json.writer().strings(c.categories().stream().map(CategoryCode::code).toList()).text());
    f.put("keywords", Json.writer().strings(c.keywords()).text());
    put(f, "stage", c.stage());
    put(f, "ipr", c.ipr());
    f.put("partnerships", names(c.partnerships()));
    f.put("partnerTypes", names(c.partnerTypes()));
    f.put("partnerSizes", names(c.partnerSizes()));
    f.put(
        "targetCountries",
        Json.writer().strings(c.targetCountries().stream().map(CountryCode::code).toList()).text());
    f.put("openForInterest", Boolean.toString(c.openForInterest()));
    f.put("status", profile.status().name());
    put(f, "publishedOn", profile.publishedOn());
    f.put("extensionDays", Integer.toString(profile.extensionDays()));
    put(f, "confirmedOn", profile.confirmedOn());
    put(f, "endedOn", profile.endedOn());
    return Collections.unmodifiableSortedMap(f);
  }

  /**
   * The fields of an introduction.
   *
   * @param introduction the introduction
   * @return its fields, by name
   * @since 0.3.0
   */
  public static SortedMap<String, String> of(Introduction introduction) {
    SortedMap<String, String> f = new TreeMap<>();
    f.put("request", introduction.request().toString());
    f.put("offer", introduction.offer().toString());
    put(f, "plan", introduction.plan());
    put(f, "contentArea", introduction.contentArea());
    f.put("stage", introduction.stage().name());
    f.put("suggestedOn", introduction.suggestedOn().toString());
    Json interest = Json.writer().begin();
    introduction.interest().forEach((side, day) -> interest.member(side.name(), day.toString()));
    f.put("interest", interest.end().text());
    put(f, "meeting", introduction.meeting());
    put(f, "metOn", introduction.metOn());
    put(f, "agreement", introduction.agreement());
    put(f, "document", introduction.document());
    put(f, "agreedOn", introduction.agreedOn());
    put(f, "declinedBy", introduction.declinedBy());
    put(f, "declineReason", introduction.declineReason());
    put(f, "declinedOn", introduction.declinedOn());
    return Collections.unmodifiableSortedMap(f);
  }

  /**
   * The fields of a relationship: {@code type from to start end description source plan
   * contentArea}, a side as {@code person:<id>} or {@code organisation:<id>}, the source as {@code
   * activity:<id>} or {@code introduction:<id>}.
   *
   * @param relationship the relationship
   * @return its fields, by name
   * @since 0.4.0
   */
  public static SortedMap<String, String> of(Relationship relationship) {
    SortedMap<String, String> f = new TreeMap<>();
    f.put("type", relationship.type().code());
    f.put("from", participant(relationship.from()));
    f.put("to", participant(relationship.to()));
    f.put("start", relationship.start().toString());
    put(f, "end", relationship.end());
    LocalizedText description = relationship.description();
    if (description != null) {
      f.put("description", text(description));
    }
    put(f, "source", relationship.source());
    put(f, "plan", relationship.plan());
    put(f, "contentArea", relationship.contentArea());
    return Collections.unmodifiableSortedMap(f);
  }

  /**
   * The fields of a result: {@code plan contentArea type title description indicators}, the
   * indicators as a JSON array of objects, each with its {@code id title measure unit ascending
   * aggregation} and, when derived, {@code rule} (the rule's record text), then {@code baseline
   * dimensions periods}, a value in its text form ({@link #value(Value)}).
   *
   * @param result the result
   * @return its fields, by name
   * @since 0.5.0
   */
  public static SortedMap<String, String> of(Result result) {
    SortedMap<String, String> f = new TreeMap<>();
    f.put("plan", result.plan().toString());
    put(f, "contentArea", result.contentArea());
    f.put("type", result.type().name());
    f.put("title", text(result.title()));
    LocalizedText description = result.description();
    if (description != null) {
      f.put("description", text(description));
    }
    Json out = Json.writer().beginArray();
    for (Indicator i : result.indicators()) {
      out.begin()
          .member("id", i.id())
          .name("title")
          .value(text(i.title()))
          .member("measure", i.measure().name())
          .member("unit", i.unit())
          .name("ascending")
          .value(i.ascending())
          .member("aggregation", i.aggregation().name());
      Rule rule = i.rule();
      if (rule != null) {
        out.name("rule").value(rule.toString());
      }
      Baseline b = i.baseline();
      out.name("baseline");
      if (b == null) {
        out.value((Object) null);
      } else {
        out.begin()
            .member("date", b.date())
            .member("value", value(b.value()))
            .member("comment", b.comment())
            .end();
      }
      out.name("dimensions").begin();
      for (Dimension d : i.dimensions()) {
        out.name(d.name()).strings(d.values());
      }
      out.end().name("periods").beginArray();
      for (Period p : i.periods()) {
        Value target = p.target();
        out.begin()
            .member("id", p.id())
            .member("start", p.start())
            .member("end", p.end())
            .member("target", target == null ? null : value(target))
            .end();
      }
      out.endArray().end();
    }
    f.put("indicators", out.endArray().text());
    return Collections.unmodifiableSortedMap(f);
  }

  /**
   * The fields of an observation: {@code indicator period value observedOn reporter dimensions
   * status note recordedAt}, the dimensions as a JSON object.
   *
   * @param observation the observation
   * @return its fields, by name
   * @since 0.5.0
   */
  public static SortedMap<String, String> of(Observation observation) {
    SortedMap<String, String> f = new TreeMap<>();
    f.put("indicator", observation.indicator().toString());
    f.put("period", observation.period().toString());
    f.put("value", value(observation.value()));
    f.put("observedOn", observation.observedOn().toString());
    f.put("reporter", observation.reporter().toString());
    f.put("dimensions", Json.writer().object(observation.dimensions()).text());
    f.put("status", observation.status().name());
    put(f, "note", observation.note());
    f.put("recordedAt", observation.recordedAt().toString());
    return Collections.unmodifiableSortedMap(f);
  }

  /**
   * The text form of a value in the history: a quantity's amount ({@code 42}), a ratio's numerator
   * and denominator ({@code 3/10}), a score's level after {@code #} ({@code #4}), a narrative's
   * texts as JSON.
   *
   * @param value the value
   * @return its text
   * @since 0.5.0
   */
  public static String value(Value value) {
    if (value instanceof Value.Narrative n) {
      return text(n.text());
    }
    if (value instanceof Value.Score s) {
      return "#" + s.level();
    }
    return value.toString();
  }

  private static String names(java.util.Set<? extends Enum<?>> values) {
    return Json.writer().strings(values.stream().map(Enum::name).sorted().toList()).text();
  }

  /**
   * The fields of any aggregate of a kind the history records.
   *
   * @param aggregate an organisation, person, plan, activity, plan access, technology profile,
   *     introduction, relationship, result or observation
   * @return its fields
   * @throws io.github.coplan.domain.error.InvalidInputException if it is missing or none of these
   */
  public static SortedMap<String, String> ofAny(@Nullable Object aggregate) {
    if (aggregate == null) {
      throw io.github.coplan.domain.error.InvalidInputException.of(
          "aggregate", io.github.coplan.domain.error.Violation.REQUIRED, "a value is required");
    } else if (aggregate instanceof Organisation o) {
      return of(o);
    } else if (aggregate instanceof Person p) {
      return of(p);
    } else if (aggregate instanceof CooperationPlan p) {
      return of(p);
    } else if (aggregate instanceof Activity a) {
      return of(a);
    } else if (aggregate instanceof PlanAccess a) {
      return of(a);
    } else if (aggregate instanceof TechnologyProfile p) {
      return of(p);
    } else if (aggregate instanceof Introduction i) {
      return of(i);
    } else if (aggregate instanceof Relationship r) {
      return of(r);
    } else if (aggregate instanceof Result r) {
      return of(r);
    } else if (aggregate instanceof Observation o) {
      return of(o);
    }
    throw io.github.coplan.domain.error.InvalidInputException.of(
        "aggregate",
        io.github.coplan.domain.error.Violation.OUT_OF_RANGE,
        "not an aggregate the history records: " + aggregate.getClass().getName());
  }

  /**
   * Rebuilds a plan from its fields, as {@link #of(CooperationPlan)} gives them.
   *
   * @param id the plan's id
   * @param version the plan's version
   * @param fields its fields, by name
   * @return the plan
   * @throws InvalidInputException if a part is missing, or a field is missing, malformed or holds a
   *     value a plan refuses; the path names the field ({@code fields.parties}) or the part
   */
  public static CooperationPlan plan(
      @Nullable PlanId id, long version, @Nullable Map<String, String> fields) {
    Fields f = new Fields(id, version, fields);
    LocalizedText summary = f.optional("summary", Snapshots::localized);
    return CooperationPlan.ForAdapters.restore(
        Objects.requireNonNull(id),
        f.required("code", PlanCode::of),
        f.required("title", Snapshots::localized),
        summary,
        f.optional("period", DateSpan::parse),
        f.required("parties", t -> list(t, Snapshots::party)),
        f.required("contentAreas", t -> list(t, Snapshots::contentArea)),
        f.required("documents", t -> list(t, Snapshots::document)),
        f.required("status", t -> constant(PlanStatus.class, t)),
        f.optional("statusReason", t -> t),
        version);
  }

  /**
   * Rebuilds an activity from its fields, as {@link #of(Activity)} gives them.
   *
   * @param id the activity's id
   * @param version the activity's version
   * @param fields its fields, by name
   * @return the activity
   * @throws InvalidInputException if a part is missing, or a field is missing, malformed or holds a
   *     value an activity refuses; the path names the field ({@code fields.participations}) or the
   *     part
   */
  public static Activity activity(
      @Nullable ActivityId id, long version, @Nullable Map<String, String> fields) {
    Fields f = new Fields(id, version, fields);
    LocalizedText description = f.optional("description", Snapshots::localized);
    Location location = f.optional("location", Snapshots::location);
    List<Stop> stops = f.optional("itinerary", t -> list(t, Snapshots::stop));
    Integer area = f.required("contentArea", Snapshots::integer);
    ActivityDetails details =
        f.build(
            "details",
            () ->
                new ActivityDetails(
                    area,
                    f.required("type", t -> constant(ActivityType.class, t)),
                    f.required("title", Snapshots::localized),
                    description,
                    f.required("planned", DateSpan::parse),
                    location,
                    f.optional("leadParty", OrganisationId::of)));
    return Activity.ForAdapters.restore(
        Objects.requireNonNull(id),
        f.required("plan", PlanId::of),
        details,
        f.optional("parent", ActivityId::of),
        f.required("status", t -> constant(ActivityStatus.class, t)),
        f.optional("actualStart", PartialDate::parse),
        f.optional("actualEnd", PartialDate::parse),
        f.optional("statusReason", t -> t),
        f.required("participations", t -> list(t, Snapshots::participation)),
        stops == null ? List.of() : stops,
        version);
  }

  /** The fields of one aggregate being rebuilt; every refusal names the field. */
  private static final class Fields {
    private final Map<String, String> fields;

    Fields(@Nullable Object id, long version, @Nullable Map<String, String> fields) {
      if (id == null) {
        throw InvalidInputException.of("id", Violation.REQUIRED, "a value is required");
      }
      if (version < 0) {
        throw InvalidInputException.of(
            "version", Violation.OUT_OF_RANGE, "a version is not negative");
      }
      if (fields == null) {
        throw InvalidInputException.of("fields", Violation.REQUIRED, "a value is required");
      }
      this.fields = fields;
    }

    <T> T required(String name, Function<String, T> read) {
      T value = optional(name, read);
      if (value == null) {
        throw InvalidInputException.of(
            "fields." + name, Violation.REQUIRED, "the snapshot has no " + name);
      }
      return value;
    }

    <T> @Nullable T optional(String name, Function<String, T> read) {
      String text = fields.get(name);
      return text == null ? null : build(name, () -> read.apply(text));
    }

    <T> T build(String name, Supplier<T> read) {
      try {
        return read.get();
      } catch (InvalidInputException e) {
        if (e.violations().get(0).path().startsWith("fields.")) {
          throw e;
        }
        throw e.under("fields." + name);
      } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
        throw InvalidInputException.of(
            "fields." + name,
            Violation.MALFORMED,
            "not a snapshot's " + name + ": " + e.getMessage());
      }
    }
  }

  private static LocalizedText localized(String text) {
    return localized(Json.parse(text));
  }

  private static LocalizedText localized(@Nullable Object json) {
    Map<String, @Nullable Object> m = object(json);
    Map<String, @Nullable Object> texts = object(m.get("texts"));
    Map<String, String> byTag = new LinkedHashMap<>();
    for (Map.Entry<String, @Nullable Object> e : texts.entrySet()) {
      byTag.put(e.getKey(), string(e.getValue()));
    }
    return LocalizedText.of(string(m.get("original")), byTag);
  }

  private static Party party(Map<String, @Nullable Object> m) {
    EnumSet<PartyRole> roles = EnumSet.noneOf(PartyRole.class);
    for (Object role : array(m.get("roles"))) {
      roles.add(constant(PartyRole.class, string(role)));
    }
    String signedOn = optionalString(m.get("signedOn"));
    return new Party(
        OrganisationId.of(string(m.get("organisation"))),
        roles,
        signedOn == null ? null : LocalDate.parse(signedOn));
  }

  private static ContentArea contentArea(Map<String, @Nullable Object> m) {
    return new ContentArea(Math.toIntExact(number(m.get("number"))), localized(m.get("title")));
  }

  private static PlanDocument document(Map<String, @Nullable Object> m) {
    String date = optionalString(m.get("date"));
    URI link;
    try {
      link = new URI(string(m.get("link")));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("a malformed link", e);
    }
    return new PlanDocument(
        constant(DocumentType.class, string(m.get("type"))),
        localized(m.get("title")),
        link,
        date == null ? null : LocalDate.parse(date));
  }

  private static Location location(String text) {
    Map<String, @Nullable Object> m = object(Json.parse(text));
    String country = optionalString(m.get("country"));
    Object online = m.get("online");
    if (!(online instanceof Boolean)) {
      throw new IllegalArgumentException("online is a boolean");
    }
    return new Location(
        country == null ? null : CountryCode.of(country),
        optionalString(m.get("city")),
        optionalString(m.get("venue")),
        (Boolean) online);
  }

  private static Participation participation(Map<String, @Nullable Object> m) {
    Object affiliation = m.get("affiliation");
    AffiliationSnapshot snapshot = null;
    if (affiliation != null) {
      Map<String, @Nullable Object> a = object(affiliation);
      snapshot =
          new AffiliationSnapshot(
              OrganisationId.of(string(a.get("organisation"))), string(a.get("position")));
    }
    return new Participation(
        participant(string(m.get("participant"))),
        constant(ParticipationRole.class, string(m.get("role"))),
        constant(ParticipationStatus.class, string(m.get("status"))),
        snapshot);
  }

  private static Participant participant(String text) {
    if (text.startsWith("person:")) {
      return Participant.of(PersonId.of(text.substring("person:".length())));
    } else if (text.startsWith("organisation:")) {
      return Participant.of(OrganisationId.of(text.substring("organisation:".length())));
    }
    throw new IllegalArgumentException("a participant is person:… or organisation:…");
  }

  private static Integer integer(String text) {
    return Integer.valueOf(text);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    return Enum.valueOf(type, name);
  }

  private static <T> List<T> list(String text, Function<Map<String, @Nullable Object>, T> element) {
    List<T> out = new ArrayList<>();
    for (Object o : array(Json.parse(text))) {
      out.add(element.apply(object(o)));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> object(@Nullable Object json) {
    if (json instanceof Map<?, ?> m) {
      return (Map<String, @Nullable Object>) m;
    }
    throw new IllegalArgumentException("an object is expected");
  }

  private static List<?> array(@Nullable Object json) {
    if (json instanceof List<?> l) {
      return l;
    }
    throw new IllegalArgumentException("an array is expected");
  }

  private static String string(@Nullable Object json) {
    if (json instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("a string is expected");
  }

  private static @Nullable String optionalString(@Nullable Object json) {
    return json == null ? null : string(json);
  }

  private static long number(@Nullable Object json) {
    if (json instanceof Long n) {
      return n;
    }
    throw new IllegalArgumentException("a number is expected");
  }

  /**
   * The canonical text of a localized text.
   *
   * @param text the text
   * @return {@code {"original":"vi","texts":{"en":"…","vi":"…"}}}
   */
  public static String text(LocalizedText text) {
    Json out = Json.writer();
    localized(out, text);
    return out.text();
  }

  private static void localized(Json out, LocalizedText text) {
    out.begin().member("original", text.originalLanguage()).name("texts");
    out.object(new TreeMap<>(text.texts())).end();
  }

  private static String participant(Participant participant) {
    return participant.toString();
  }

  private static void put(Map<String, String> fields, String name, @Nullable Object value) {
    if (value != null) {
      fields.put(name, value.toString());
    }
  }
}
