package io.github.coplan.domain.network;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import java.util.List;

/**
 * A participant in the network of another, and the path that reaches it: one {@link Tie} per step
 * from the root, as many as the depth.
 *
 * @param participant the participant reached
 * @param path the ties from the root to it, the first from the root, the last to the participant
 * @since 0.4.0
 */
public record Reach(Participant participant, List<Tie> path) {

  /**
   * Checks that the path leads from one participant to the next and ends at the participant.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing or the path is
   *     empty or broken
   */
  public Reach {
    Validation v = new Validation();
    v.required("participant", participant);
    if (v.elements("path", path) != null && path.stream().allMatch(java.util.Objects::nonNull)) {
      boolean joined = !path.isEmpty() && path.get(path.size() - 1).to().equals(participant);
      for (int i = 1; i < path.size(); i++) {
        joined &= path.get(i).from().equals(path.get(i - 1).to());
      }
      v.require(
          joined, "path", Violation.OUT_OF_RANGE, "a path of ties that ends at the participant");
    }
    v.throwIfAny();
    path = ImmutableList.copyOf(path);
  }

  /**
   * How many steps from the root.
   *
   * @return the depth, 1 for a direct tie
   */
  public int depth() {
    return path.size();
  }

  /**
   * The participants the path passes through between the root and this one.
   *
   * @return the intermediaries, none at depth 1
   */
  public List<Participant> via() {
    ImmutableList.Builder<Participant> via = ImmutableList.builder();
    for (int i = 1; i < path.size(); i++) {
      via.add(path.get(i).from());
    }
    return via.build();
  }
}
