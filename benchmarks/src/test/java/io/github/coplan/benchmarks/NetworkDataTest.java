package io.github.coplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.network.Encounter;
import io.github.coplan.domain.network.Meetings;
import io.github.coplan.domain.network.Relationship;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated network has the size and the shape its Javadoc states. */
class NetworkDataTest {

  private static final long SEED = NetworkBenchmarks.SEED;
  private static final Map<Participant, Set<Participant>> TIES = new HashMap<>();
  private static int participations;
  private static int attended;

  @BeforeAll
  static void generate() {
    for (int i = 0; i < NetworkData.ACTIVITIES; i++) {
      Activity a = NetworkData.activity(SEED, i);
      for (Participation p : a.participations()) {
        participations++;
        if (p.status() == io.github.coplan.domain.activity.ParticipationStatus.ATTENDED) {
          attended++;
        }
      }
      for (Encounter e : Meetings.of(a)) {
        TIES.computeIfAbsent(e.first(), k -> new HashSet<>()).add(e.second());
      }
    }
  }

  @Test
  void fiftyThousandActivitiesMakeHalfAMillionParticipations() {
    assertThat(participations).isEqualTo(500_000);
    assertThat(attended).isBetween(445_000, 455_000);
    Set<Participant> everyone = new HashSet<>();
    for (int i = 0; i < NetworkData.PEOPLE + NetworkData.ORGANISATIONS; i++) {
      everyone.add(NetworkData.participant(SEED, i));
    }
    assertThat(everyone).hasSize(50_000);
    assertThat(TIES.keySet()).isSubsetOf(everyone);
  }

  @Test
  void aParticipantMetAboutSixtyAndReachesAboutElevenHundredWithinDepthTwo() {
    long depth1 = 0;
    long depth2 = 0;
    int sample = 200;
    for (int k = 0; k < sample; k++) {
      Participant root = NetworkData.participant(SEED, k * 250);
      Set<Participant> first = TIES.getOrDefault(root, Set.of());
      Set<Participant> second = new HashSet<>(first);
      for (Participant p : first) {
        second.addAll(TIES.getOrDefault(p, Set.of()));
      }
      second.remove(root);
      depth1 += first.size();
      depth2 += second.size();
    }
    assertThat(depth1 / sample).isEqualTo(59L);
    assertThat(depth2 / sample).isEqualTo(1_116L);
  }

  @Test
  void relationshipsJoinMembersOfOneCommunity() {
    for (int i = 0; i < NetworkData.RELATIONSHIPS; i += 97) {
      Relationship r = NetworkData.relationship(SEED, i);
      assertThat(r.from()).isNotEqualTo(r.to());
    }
  }
}
