package org.radiomesh.recon;

import java.util.Optional;

/**
 * What to generate views of, for a {@link MultiviewGenerator}: an id (named in errors and outputs), the subject to
 * render (the anatomy engine needs one; a learned engine may work from the prompt alone), an optional text prompt
 * and conditioning image, the camera layout and a seed. Immutable; {@link #builder()}.
 *
 * <pre>{@code
 * MultiviewRequest req = MultiviewRequest.builder().id("case-7").subject(MultiviewSubject.of(toothMesh)).build();
 * }</pre>
 */
public final class MultiviewRequest {
  private final String id;
  private final MultiviewSubject subject;
  private final String prompt;
  private final ConditioningImage conditioning;
  private final CameraLayout layout;
  private final long seed;

  private MultiviewRequest(Builder b) {
    id = b.id;
    subject = b.subject;
    prompt = b.prompt;
    conditioning = b.conditioning;
    layout = b.layout;
    seed = b.seed;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String id() {
    return id;
  }

  public Optional<MultiviewSubject> subject() {
    return Optional.ofNullable(subject);
  }

  public Optional<String> prompt() {
    return Optional.ofNullable(prompt);
  }

  public Optional<ConditioningImage> conditioning() {
    return Optional.ofNullable(conditioning);
  }

  public CameraLayout layout() {
    return layout;
  }

  /** Seed of every random draw of the generator (seed 0 is a seed like any other). */
  public long seed() {
    return seed;
  }

  @Override
  public String toString() {
    return "MultiviewRequest[" + id + ", subject=" + (subject != null) + ", prompt=" + (prompt != null)
        + ", conditioning=" + (conditioning != null) + ", layout=" + layout + ", seed=" + seed + "]";
  }

  /** Builder: {@code id} is required; the rest is optional (layout: {@link CameraLayout#defaults()}, seed 0). */
  public static final class Builder {
    private String id;
    private MultiviewSubject subject;
    private String prompt;
    private ConditioningImage conditioning;
    private CameraLayout layout = CameraLayout.defaults();
    private long seed;

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder subject(MultiviewSubject subject) {
      this.subject = subject;
      return this;
    }

    public Builder prompt(String prompt) {
      this.prompt = prompt;
      return this;
    }

    public Builder conditioning(ConditioningImage conditioning) {
      this.conditioning = conditioning;
      return this;
    }

    public Builder layout(CameraLayout layout) {
      this.layout = layout;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** @throws IllegalArgumentException when the id is blank or the layout is null */
    public MultiviewRequest build() {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("a multiview request needs a non-blank id");
      }
      if (layout == null) {
        throw new IllegalArgumentException("request '" + id + "': camera layout is null");
      }
      return new MultiviewRequest(this);
    }
  }
}
