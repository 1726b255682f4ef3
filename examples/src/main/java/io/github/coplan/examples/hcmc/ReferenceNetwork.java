package io.github.coplan.examples.hcmc;

import io.github.coplan.application.RecordRelationship;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.Meeting;
import io.github.coplan.domain.network.Network;
import io.github.coplan.domain.network.Reach;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.Tie;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The network the first study tour built: the connections it produced (derived from who attended
 * and who hosted the stops the members attended, never stored), two relationships recorded
 * afterwards with the tour as their source, and the network of DOST HCMC to depth 2.
 *
 * <p>The relationships are invented for the example: DOST HCMC a partner of the Jerusalem incubator
 * that hosted the second stop, and the delegate introduced to the technology-transfer office.
 * Running the example again records nothing twice.
 */
public final class ReferenceNetwork {

  private ReferenceNetwork() {}

  /**
   * Records the relationships the tour produced, unless they are recorded already.
   *
   * @param coplan the use cases, acting as the actor who records
   * @param tour the completed tour of {@link ReferenceTour}
   */
  public static void record(UseCases coplan, Activity tour) {
    RelationshipSource source = RelationshipSource.of(tour.id());
    if (!coplan.network().relationshipsFrom(source).isEmpty()) {
      return;
    }
    Organisation dost = byDomain(coplan, "dost.hochiminhcity.gov.vn");
    Organisation incubator = byDomain(coplan, "incubator.example.org");
    Organisation transfer = byDomain(coplan, "tto.example.org");
    Participant delegate =
        tour.participations().stream()
            .filter(p -> p.role() == ParticipationRole.DELEGATE)
            .findFirst()
            .orElseThrow()
            .participant();
    coplan
        .network()
        .record(
            RecordRelationship.of(
                    RelationshipType.PARTNER_OF.code(),
                    Participant.of(dost.id()),
                    Participant.of(incubator.id()),
                    PartialDate.ofMonth(2018, 12))
                .describedAs(
                    LocalizedText.of("en", "Training of HCMC incubator managers in Jerusalem"))
                .producedBy(source));
    coplan
        .network()
        .record(
            RecordRelationship.of(
                    RelationshipType.INTRODUCED_TO.code(),
                    delegate,
                    Participant.of(transfer.id()),
                    PartialDate.ofDay(LocalDate.of(2018, 11, 13)))
                .producedBy(source));
  }

  /**
   * The connections the tour produced and the network of DOST HCMC on a day, as text. Lines are
   * sorted by name, so the text does not depend on the ids the store drew.
   *
   * @param coplan the use cases
   * @param tour the tour
   * @param asOf the day
   * @param language the language of organisation names
   * @return the text
   */
  public static String format(UseCases coplan, Activity tour, LocalDate asOf, String language) {
    StringBuilder out = new StringBuilder("\nConnections the tour produced\n");
    Map<Participant, String> names = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    Set<Participant> sides = new LinkedHashSet<>();
    for (Participation p : tour.participations()) {
      sides.add(p.participant());
    }
    Map<String, String> lines = new TreeMap<>();
    for (Participant side : sides) {
      for (Connection c : coplan.network().connectionsOf(side, asOf)) {
        List<String> at = new ArrayList<>();
        for (Meeting m : c.meetings()) {
          if (m.activity().equals(tour.id())) {
            at.add(m.stop() == null ? "the tour" : "stop " + stopNumber(tour, m));
          }
        }
        String a = name(coplan, names, c.first(), language);
        String b = name(coplan, names, c.second(), language);
        if (!at.isEmpty() && a.compareTo(b) < 0) {
          lines.put(a + " — " + b, a + " — " + b + ": " + String.join(", ", at));
        }
      }
    }
    lines.values().forEach(line -> out.append("  ").append(line).append('\n'));

    Organisation dost = byDomain(coplan, "dost.hochiminhcity.gov.vn");
    Network network = coplan.network().network(Participant.of(dost.id()), 2, asOf, 100);
    out.append("\nNetwork of ")
        .append(dost.profile().acronym())
        .append(" on ")
        .append(asOf)
        .append(", depth 2\n");
    Map<String, String> reached = new TreeMap<>();
    for (Reach r : network.reached()) {
      String who = name(coplan, names, r.participant(), language);
      StringBuilder line = new StringBuilder().append(r.depth()).append("  ").append(who);
      if (r.depth() > 1) {
        line.append(" via ").append(name(coplan, names, r.via().get(0), language));
      }
      Tie last = r.path().get(r.path().size() - 1);
      line.append(": ").append(evidence(last));
      reached.put(r.depth() + who, line.toString());
    }
    reached.values().forEach(line -> out.append("  ").append(line).append('\n'));
    return out.toString();
  }

  private static String evidence(Tie tie) {
    List<String> parts = new ArrayList<>();
    if (tie.meetings() > 0) {
      parts.add(
          "met "
              + tie.meetings()
              + (tie.meetings() == 1
                  ? " time, " + tie.firstMet()
                  : " times, " + tie.firstMet() + " to " + tie.lastMet()));
    }
    tie.relationships().forEach(code -> parts.add(code.toString()));
    return String.join("; ", parts);
  }

  private static int stopNumber(Activity tour, Meeting m) {
    List<Stop> stops = tour.itinerary();
    for (int i = 0; i < stops.size(); i++) {
      if (stops.get(i).id().equals(m.stop())) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String name(
      UseCases coplan, Map<Participant, String> names, Participant p, String language) {
    return names.computeIfAbsent(
        p,
        k ->
            k instanceof Participant.Person person
                ? coplan.people().get(person.id()).profile().name()
                : coplan
                    .organisations()
                    .get(((Participant.Organisation) k).id())
                    .profile()
                    .name()
                    .best(language));
  }

  private static Organisation byDomain(UseCases coplan, String domain) {
    return coplan
        .organisations()
        .findByIdentifier(ExternalIdentifier.of("domain", domain))
        .orElseThrow();
  }
}
