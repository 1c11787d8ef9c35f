package org.radiomesh.mesh;

import java.nio.charset.StandardCharsets;

/**
 * Per-item seeds derived from one job seed, so that an item's random draws depend only on (job seed, item id) and
 * never on partitioning, ordering or thread count. Seed 0 is a seed like any other.
 *
 * <p>The derivation is part of the output contract (changing it changes every sample): 64-bit FNV-1a over the UTF-8
 * bytes of the id, started from the job seed mixed by SplitMix64, then finished with the SplitMix64 mixer. Cost:
 * O(length of the id).
 */
public final class SampleSeeds {
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private SampleSeeds() {}

  /** The seed of the item {@code meshId} in a job seeded with {@code jobSeed}. */
  public static long forMesh(long jobSeed, String meshId) {
    if (meshId == null) {
      throw new IllegalArgumentException("meshId must not be null");
    }
    long h = mix(jobSeed + GOLDEN);
    for (byte b : meshId.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * FNV_PRIME;
    }
    return mix(h ^ meshId.length());
  }

  /** The seed of chunk {@code index} of a stream seeded with {@code seed} (for chunked, parallel sampling). */
  public static long forChunk(long seed, long index) {
    return mix(seed + GOLDEN * (index + 1));
  }

  /** SplitMix64's finaliser: a bijective 64-bit mixer with full avalanche. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
