package org.radiomesh.recon;

/**
 * Reconstruction could not start or could not produce a surface, because of its input views: thrown with a
 * {@link Reason} code (for error tables) and, when one view is to blame, that view's name, which the message names too.
 */
public final class ReconstructionException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why reconstruction failed; {@link #code()} is the stable string written to error tables. */
  public enum Reason {
    /** No views, or fewer than two. */
    TOO_FEW_VIEWS("too_few_views"),
    /** Two views share a name. */
    DUPLICATE_VIEW("duplicate_view"),
    /** A map's size differs from its camera's image size. */
    SIZE_MISMATCH("size_mismatch"),
    /** A silhouette has no inside pixel. */
    EMPTY_MASK("empty_mask"),
    /** A depth value is negative, NaN, or lies outside its silhouette. */
    BAD_DEPTH("bad_depth"),
    /** A view's frustum (through its silhouette) does not meet the volume the other views bound. */
    NO_OVERLAP("no_overlap"),
    /** The views' frusta do not bound a finite volume (for example all cameras look the same way). */
    UNBOUNDED("unbounded"),
    /** The fused volume holds no surface. */
    EMPTY_RESULT("empty_result");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** A short, stable, lower-case code. */
    public String code() {
      return code;
    }
  }

  private final Reason reason;
  private final String viewName;

  /**
   * @param viewName the view to blame, or null when no single view is
   */
  public ReconstructionException(Reason reason, String viewName, String message) {
    super(message);
    this.reason = reason;
    this.viewName = viewName;
  }

  public Reason reason() {
    return reason;
  }

  /** The view to blame, or null. */
  public String viewName() {
    return viewName;
  }
}
