package io.github.coplan.domain.history;

import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.internal.Json;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.shared.LocalizedText;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
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
 *       location leadParty status actualStart actualEnd statusReason participations}</td></tr>
 * </table>
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
    return Collections.unmodifiableSortedMap(f);
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
   * The fields of any aggregate of a kind the history records.
   *
   * @param aggregate an organisation, person, plan, activity or plan access
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
    }
    throw io.github.coplan.domain.error.InvalidInputException.of(
        "aggregate",
        io.github.coplan.domain.error.Violation.OUT_OF_RANGE,
        "not an aggregate the history records: " + aggregate.getClass().getName());
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
